package uk.hubreturns.common.http;

import java.util.List;
import uk.hubreturns.common.domain.FieldError;

/** An RFC 9457 problem detail; {@code errors} lists every bad field when the request was invalid. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem invalidRequest(List<FieldError> errors) {
        return invalidRequest(errors, errors.size() == 1 ? "1 field needs correcting." : errors.size() + " fields need correcting.");
    }

    public static Problem invalidRequest(List<FieldError> errors, String detail) {
        return new Problem("/problems/invalid-request", "Your request has invalid fields", 400, detail, errors);
    }

    public static Problem unauthorized(String detail) {
        return new Problem("/problems/unauthorized", "Sign in required", 401, detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem("/problems/forbidden", "Not allowed", 403, detail, List.of());
    }

    public static Problem preconditionRequired(String detail) {
        return new Problem("/problems/precondition-required", "If-Match required", 428, detail, List.of());
    }

    public static Problem preconditionFailed(String detail) {
        return new Problem("/problems/precondition-failed", "Changed by someone else", 412, detail, List.of());
    }

    public static Problem idempotencyKeyReused() {
        return new Problem("/problems/idempotency-key-reused", "Idempotency-Key reused", 422,
                "This Idempotency-Key was used for a different request. Use a new key for each new submission.", List.of());
    }

    public static Problem notFound(String detail) {
        return new Problem("/problems/not-found", "Not found", 404, detail, List.of());
    }

    public static Problem methodNotAllowed(String detail) {
        return new Problem("/problems/method-not-allowed", "Method not allowed", 405, detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem("/problems/conflict", "Conflict", 409, detail, List.of());
    }

    public static Problem payloadTooLarge(String detail) {
        return new Problem("/problems/payload-too-large", "Your request is too large", 413, detail, List.of());
    }

    public static Problem unsupportedMediaType(String detail) {
        return new Problem("/problems/unsupported-media-type", "Unsupported media type", 415, detail, List.of());
    }

    public static Problem temporarilyUnavailable(String detail) {
        return new Problem("/problems/temporarily-unavailable", "Temporarily unavailable: try again shortly", 503, detail, List.of());
    }

    public static Problem internalError(String requestId) {
        return new Problem("/problems/internal-error", "Something went wrong on our side", 500,
                "Nothing in your request caused this. Try again; if it keeps happening, quote request id "
                        + requestId + ".",
                List.of());
    }
}
