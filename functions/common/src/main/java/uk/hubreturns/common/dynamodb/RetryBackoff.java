package uk.hubreturns.common.dynamodb;

import java.time.Duration;
import java.util.random.RandomGenerator;
import javax.inject.Inject;

/**
 * How long to wait before retrying writes DynamoDB left unprocessed: exponential backoff with jitter.
 * The ceiling doubles from 50 ms to at most 3 s, and each wait is a random time between half the
 * ceiling and the whole of it, so that retries from concurrent imports spread out instead of colliding.
 * Seven retries wait about 6 s at most, which keeps a stuck batch well inside the function's timeout.
 */
public final class RetryBackoff {

    public static final int MAX_ATTEMPTS = 8;
    private static final long BASE_MILLIS = 50;
    private static final long CAP_MILLIS = 3_000;

    private final Sleeper sleeper;
    private final RandomGenerator random;

    @Inject
    public RetryBackoff(Sleeper sleeper, RandomGenerator random) {
        this.sleeper = sleeper;
        this.random = random;
    }

    /** The wait before retry number {@code retry} (the first retry is 1). */
    public Duration delayBeforeRetry(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retries are counted from 1: " + retry);
        }
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(retry - 1, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }

    public void pauseBeforeRetry(int retry) {
        sleeper.sleep(delayBeforeRetry(retry));
    }
}
