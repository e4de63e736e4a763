package uk.hubreturns.local;

/** Something the person running the tool can fix; the message says what, and is all they need to see. */
public final class LocalRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LocalRuntimeException(String message) {
        super(message);
    }

    public LocalRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
