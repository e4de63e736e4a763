package uk.hubreturns.common.domain;

/** The record the request names does not exist (or the caller may not know that it does). */
public final class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
