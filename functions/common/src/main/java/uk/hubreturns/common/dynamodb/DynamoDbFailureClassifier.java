package uk.hubreturns.common.dynamodb;

import java.util.OptionalInt;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uk.hubreturns.common.http.FailureClassifier;

/**
 * DynamoDB's passing failures, once the SDK's own retries (standard mode: three attempts with backoff) are used up:
 * throttling, its 5xx, failures to reach it, and a batch write DynamoDB left unfinished. Every write is safe to
 * repeat, so the caller may try again.
 */
public final class DynamoDbFailureClassifier implements FailureClassifier {

    /** Long enough for throttling to ease; short enough that a person retrying by hand never waits for it. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Override
    public OptionalInt retryAfterSeconds(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ProvisionedThroughputExceededException || cause instanceof RequestLimitExceededException
                    || cause instanceof SdkClientException || cause instanceof IncompleteBatchWriteException) {
                return OptionalInt.of(RETRY_AFTER_SECONDS);
            }
            if (cause instanceof AwsServiceException service && (service.isThrottlingException() || service.statusCode() >= 500)) {
                return OptionalInt.of(RETRY_AFTER_SECONDS);
            }
        }
        return OptionalInt.empty();
    }

    /** DynamoDB keeps at most 400 KB in one item, and says so with a ValidationException (alone or in a transaction). */
    @Override
    public boolean isRecordTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AwsServiceException service && service.statusCode() == 400 && mentionsItemSize(service)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsItemSize(AwsServiceException service) {
        if (service instanceof TransactionCanceledException cancelled && cancelled.hasCancellationReasons()) {
            return cancelled.cancellationReasons().stream().anyMatch(reason -> "ValidationException".equals(reason.code())
                    && reason.message() != null && reason.message().contains("Item size"));
        }
        return service.awsErrorDetails() != null && "ValidationException".equals(service.awsErrorDetails().errorCode())
                && service.awsErrorDetails().errorMessage() != null && service.awsErrorDetails().errorMessage().contains("Item size");
    }
}
