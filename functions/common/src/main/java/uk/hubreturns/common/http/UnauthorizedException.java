package uk.hubreturns.common.http;

/** No verified identity reached the function: no token, or one the authorizer refused. */
public final class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
