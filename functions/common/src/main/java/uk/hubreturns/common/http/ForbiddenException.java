package uk.hubreturns.common.http;

/** The caller is known but may not do this. */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
