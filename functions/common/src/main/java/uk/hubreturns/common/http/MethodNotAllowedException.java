package uk.hubreturns.common.http;

import java.util.List;

/** The path exists, but not with the request's method; {@code allowedMethods} goes into the {@code Allow} header. */
public final class MethodNotAllowedException extends RuntimeException {

    private final List<String> allowedMethods;

    public MethodNotAllowedException(String message, List<String> allowedMethods) {
        super(message);
        this.allowedMethods = List.copyOf(allowedMethods);
    }

    public List<String> allowedMethods() {
        return allowedMethods;
    }
}
