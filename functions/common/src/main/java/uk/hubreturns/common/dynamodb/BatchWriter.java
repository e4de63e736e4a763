package uk.hubreturns.common.dynamodb;

import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items with BatchWriteItem, 25 at a time (the most one call takes). Items DynamoDB
 * returns as unprocessed (it does so when throttling) are retried after a {@link RetryBackoff} wait,
 * up to {@link RetryBackoff#MAX_ATTEMPTS} calls per batch. If they are still not written, or the call
 * fails in a way worth retrying later, it stops with an {@link IncompleteBatchWriteException}.
 * Every write must be safe to repeat (a put of a whole item, or a delete by key).
 */
public final class BatchWriter {

    public static final int BATCH_SIZE = 25;

    private final DynamoDbClient client;
    private final RetryBackoff backoff;

    @Inject
    public BatchWriter(DynamoDbClient client, RetryBackoff backoff) {
        this.client = client;
        this.backoff = backoff;
    }

    public void write(String tableName, List<WriteRequest> writes) {
        int done = 0;
        for (int start = 0; start < writes.size(); start += BATCH_SIZE) {
            List<WriteRequest> batch = writes.subList(start, Math.min(writes.size(), start + BATCH_SIZE));
            done += writeBatch(tableName, batch, done, writes.size());
        }
    }

    /** Throttling that outlasted the SDK's own retries, or a fault on DynamoDB's side; not a request it rejects. */
    private static boolean isWorthRetryingLater(AwsServiceException e) {
        return e instanceof ProvisionedThroughputExceededException
                || e instanceof RequestLimitExceededException
                || e.isThrottlingException()
                || e.statusCode() >= 500;
    }

    private int writeBatch(String tableName, List<WriteRequest> batch, int doneBefore, int total) {
        List<WriteRequest> pending = batch;
        for (int attempt = 1; ; attempt++) {
            Map<String, List<WriteRequest>> unprocessed;
            List<WriteRequest> sending = pending;
            try {
                BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(Map.of(tableName, sending)));
                unprocessed = response.unprocessedItems();
            } catch (SdkClientException e) {
                throw new IncompleteBatchWriteException(doneBefore + batch.size() - pending.size(), total, e);
            } catch (AwsServiceException e) {
                if (isWorthRetryingLater(e)) {
                    throw new IncompleteBatchWriteException(doneBefore + batch.size() - pending.size(), total, e);
                }
                throw e;
            }
            pending = unprocessed == null ? List.of() : unprocessed.getOrDefault(tableName, List.of());
            if (pending.isEmpty()) {
                return batch.size();
            }
            if (attempt == RetryBackoff.MAX_ATTEMPTS) {
                throw new IncompleteBatchWriteException(doneBefore + batch.size() - pending.size(), total, null);
            }
            backoff.pauseBeforeRetry(attempt);
        }
    }
}
