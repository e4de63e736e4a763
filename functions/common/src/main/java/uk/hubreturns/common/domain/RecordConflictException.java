package uk.hubreturns.common.domain;

/** The request cannot be applied to the record as it is now (it already exists, or it changed meanwhile). */
public final class RecordConflictException extends RuntimeException {

    public RecordConflictException(String detail) {
        super(detail, null, false, false);
    }
}
