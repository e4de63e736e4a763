package uk.hubreturns.local;

/** A request API Gateway would refuse before any function sees it; the message is safe to send back. */
final class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedRequestException(String message) {
        super(message);
    }
}
