package uk.hubreturns.common.http;

/** The record changed since the version named in {@code If-Match}. */
public final class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
