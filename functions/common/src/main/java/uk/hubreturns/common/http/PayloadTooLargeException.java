package uk.hubreturns.common.http;

/** The request is bigger than the action accepts; the detail says what the limit is. */
public final class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String detail) {
        super(detail, null, false, false);
    }
}
