package uk.hubreturns.common.http;

/** The request body is of a media type the action does not read; the detail names the one it does. */
public final class UnsupportedMediaTypeException extends RuntimeException {

    public UnsupportedMediaTypeException(String detail) {
        super(detail, null, false, false);
    }
}
