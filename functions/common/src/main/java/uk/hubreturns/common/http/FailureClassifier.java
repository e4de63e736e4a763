package uk.hubreturns.common.http;

import java.util.OptionalInt;

/**
 * Tells a passing failure (the database throttling us, a network blip) from a fault: a passing one is answered
 * 503 with {@code Retry-After} instead of 500. Kept apart from {@link ApiEndpoint} so a function without the AWS
 * SDK never loads its classes.
 */
public interface FailureClassifier {

    FailureClassifier NONE = failure -> OptionalInt.empty();

    /** Seconds to wait before retrying, when {@code failure} is likely to pass. */
    OptionalInt retryAfterSeconds(Throwable failure);

    /** True when the database refused a record for its size: the request, not the service, must change. */
    default boolean isRecordTooLarge(Throwable failure) {
        return false;
    }
}
