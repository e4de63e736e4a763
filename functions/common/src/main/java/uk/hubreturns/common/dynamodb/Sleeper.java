package uk.hubreturns.common.dynamodb;

import java.time.Duration;

/** Waits between retries; tests use one that only records how long it was asked to wait. */
public interface Sleeper {

    void sleep(Duration duration);

    static Sleeper realTime() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to retry a write", e);
            }
        };
    }
}
