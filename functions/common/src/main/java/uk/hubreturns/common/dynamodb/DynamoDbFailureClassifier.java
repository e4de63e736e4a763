package uk.hubreturns.common.dynamodb;

import java.util.OptionalInt;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import uk.hubreturns.common.http.FailureClassifier;

/**
 * DynamoDB's passing failures, once the SDK's own retries (standard mode: three attempts with backoff) are used up:
 * throttling, its 5xx, and failures to reach it. Each write is a single request, so nothing is half-written.
 */
public final class DynamoDbFailureClassifier implements FailureClassifier {

    /** Long enough for throttling to ease; short enough that a person retrying by hand never waits for it. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Override
    public OptionalInt retryAfterSeconds(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProvisionedThroughputExceededException || cause instanceof RequestLimitExceededException
                    || cause instanceof SdkClientException) {
                return OptionalInt.of(RETRY_AFTER_SECONDS);
            }
            if (cause instanceof AwsServiceException service && (service.isThrottlingException() || service.statusCode() >= 500)) {
                return OptionalInt.of(RETRY_AFTER_SECONDS);
            }
        }
        return OptionalInt.empty();
    }
}
