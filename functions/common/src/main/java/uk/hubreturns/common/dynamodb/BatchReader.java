package uk.hubreturns.common.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads items by key with BatchGetItem, strongly consistent, 100 keys to a call (the most one call takes): one
 * call where there would be a GetItem per key. Keys DynamoDB returns as unprocessed (it does so when throttling,
 * or when an answer would pass 16 MB) are asked for again after a {@link RetryBackoff} wait, up to
 * {@link RetryBackoff#MAX_ATTEMPTS} calls per batch; if some are still unread it stops with an
 * {@link IncompleteBatchReadException}. A key with no item is not in the answer. Errors of the call itself
 * propagate as they would from GetItem, after the SDK's own retries.
 */
public final class BatchReader {

    public static final int BATCH_SIZE = 100;

    private final DynamoDbClient client;
    private final RetryBackoff backoff;

    @Inject
    public BatchReader(DynamoDbClient client, RetryBackoff backoff) {
        this.client = client;
        this.backoff = backoff;
    }

    /** The items of the keys that have one, in no particular order. */
    public List<Map<String, AttributeValue>> read(String tableName, List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += BATCH_SIZE) {
            readBatch(tableName, keys.subList(start, Math.min(keys.size(), start + BATCH_SIZE)), items);
        }
        return items;
    }

    private void readBatch(String tableName, List<Map<String, AttributeValue>> batch, List<Map<String, AttributeValue>> items) {
        List<Map<String, AttributeValue>> pending = batch;
        for (int attempt = 1; ; attempt++) {
            KeysAndAttributes asking = KeysAndAttributes.builder().keys(pending).consistentRead(true).build();
            BatchGetItemResponse response = client.batchGetItem(request -> request.requestItems(Map.of(tableName, asking)));
            items.addAll(response.responses().getOrDefault(tableName, List.of()));
            KeysAndAttributes unprocessed = response.unprocessedKeys().get(tableName);
            pending = unprocessed == null ? List.of() : unprocessed.keys();
            if (pending.isEmpty()) {
                return;
            }
            if (attempt == RetryBackoff.MAX_ATTEMPTS) {
                throw new IncompleteBatchReadException(pending.size(), batch.size());
            }
            backoff.pauseBeforeRetry(attempt);
        }
    }
}
