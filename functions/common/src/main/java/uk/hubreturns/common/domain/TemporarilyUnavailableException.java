package uk.hubreturns.common.domain;

/**
 * The request could not be finished now for a reason that should pass (the database is throttling,
 * the network failed) and is safe to repeat; the client should try again after {@link #retryAfterSeconds()}.
 */
public final class TemporarilyUnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    public TemporarilyUnavailableException(String detail, int retryAfterSeconds, Throwable cause) {
        super(detail, cause, false, false);
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 1: " + retryAfterSeconds);
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
