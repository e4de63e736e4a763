package uk.hubreturns.common.http;

/** A change to a versioned record came without {@code If-Match}. */
public final class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
