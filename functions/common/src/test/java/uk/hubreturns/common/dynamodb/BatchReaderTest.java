package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

class BatchReaderTest {

    private static final String TABLE = "records";

    /** Holds items by key and answers each BatchGetItem with them, leaving unprocessed what the next scripted reply picks. */
    private static final class ScriptedDynamoDb implements DynamoDbClient {
        final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> stored = new java.util.HashMap<>();
        final Deque<Function<List<Map<String, AttributeValue>>, List<Map<String, AttributeValue>>>> replies = new ArrayDeque<>();
        final List<List<Map<String, AttributeValue>>> calls = new ArrayList<>();
        final List<Boolean> consistent = new ArrayList<>();

        @Override
        public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
            KeysAndAttributes asked = request.requestItems().get(TABLE);
            calls.add(asked.keys());
            consistent.add(asked.consistentRead());
            List<Map<String, AttributeValue>> unprocessed = replies.isEmpty() ? List.of() : replies.poll().apply(asked.keys());
            List<Map<String, AttributeValue>> found = asked.keys().stream().filter(key -> !unprocessed.contains(key))
                    .filter(stored::containsKey).map(stored::get).toList();
            return BatchGetItemResponse.builder()
                    .responses(Map.of(TABLE, found))
                    .unprocessedKeys(unprocessed.isEmpty() ? Map.of() : Map.of(TABLE, KeysAndAttributes.builder().keys(unprocessed).build()))
                    .build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }

    private final ScriptedDynamoDb dynamoDb = new ScriptedDynamoDb();
    private final List<Duration> waits = new ArrayList<>();
    private final BatchReader reader = new BatchReader(dynamoDb, new RetryBackoff(waits::add, new SplittableRandom(3)));

    private static Map<String, AttributeValue> key(int i) {
        return Map.of("pk", AttributeValue.fromS("HUB#hub-" + i), "sk", AttributeValue.fromS("IMPORT_LEDGER"));
    }

    private static List<Map<String, AttributeValue>> keys(int count) {
        return IntStream.range(0, count).mapToObj(BatchReaderTest::key).toList();
    }

    private static Map<String, AttributeValue> item(int i) {
        Map<String, AttributeValue> item = new java.util.HashMap<>(key(i));
        item.put("lastImportSeq", AttributeValue.fromN(Integer.toString(i)));
        return item;
    }

    private void store(int... which) {
        for (int i : which) {
            dynamoDb.stored.put(key(i), item(i));
        }
    }

    private static Function<List<Map<String, AttributeValue>>, List<Map<String, AttributeValue>>> leaveLast(int count) {
        return sent -> sent.subList(sent.size() - Math.min(count, sent.size()), sent.size());
    }

    @Test
    void readsAHundredKeysToACallStronglyConsistentAndLeavesOutKeysWithNoItem() {
        IntStream.range(0, 250).filter(i -> i % 5 != 0).forEach(this::store);

        List<Map<String, AttributeValue>> items = reader.read(TABLE, keys(250));

        assertThat(dynamoDb.calls).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(dynamoDb.consistent).containsOnly(true);
        assertThat(items).hasSize(200).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 250).filter(i -> i % 5 != 0)
                .mapToObj(BatchReaderTest::item).toList());
        assertThat(waits).isEmpty();
    }

    @Test
    void asksAgainOnlyForTheUnprocessedKeysAfterABackoffUntilAllAreRead() {
        IntStream.range(0, 30).forEach(this::store);
        dynamoDb.replies.add(leaveLast(12));
        dynamoDb.replies.add(leaveLast(5));

        List<Map<String, AttributeValue>> items = reader.read(TABLE, keys(30));

        assertThat(dynamoDb.calls).extracting(List::size).containsExactly(30, 12, 5);
        assertThat(dynamoDb.calls.get(2)).containsExactlyElementsOf(keys(30).subList(25, 30));
        assertThat(items).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 30).mapToObj(BatchReaderTest::item).toList());
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0).toMillis()).isBetween(25L, 50L);
    }

    @Test
    void givesUpAfterTheLastAttemptSayingHowManyKeysAreUnread() {
        IntStream.range(0, 10).forEach(this::store);
        for (int i = 0; i < RetryBackoff.MAX_ATTEMPTS; i++) {
            dynamoDb.replies.add(leaveLast(2));
        }

        assertThatThrownBy(() -> reader.read(TABLE, keys(10))).isInstanceOf(IncompleteBatchReadException.class)
                .hasMessageStartingWith("2 of 10 keys still unread");
        assertThat(dynamoDb.calls).hasSize(RetryBackoff.MAX_ATTEMPTS);
        assertThat(waits).hasSize(RetryBackoff.MAX_ATTEMPTS - 1);
    }

    @Test
    void noKeysMakeNoCall() {
        assertThat(reader.read(TABLE, List.of())).isEmpty();
        assertThat(dynamoDb.calls).isEmpty();
    }
}
