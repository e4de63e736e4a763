package uk.hubreturns.common.dynamodb;

/** Some keys of a batch read were still unread when the retries ran out. */
public final class IncompleteBatchReadException extends RuntimeException {

    public IncompleteBatchReadException(int unread, int asked) {
        super(unread + " of " + asked + " keys still unread after " + RetryBackoff.MAX_ATTEMPTS + " calls");
    }
}
