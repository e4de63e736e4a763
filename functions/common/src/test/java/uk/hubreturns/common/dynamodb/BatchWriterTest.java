package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchWriterTest {

    private static final String TABLE = "records";

    /** Answers each BatchWriteItem with the next scripted reply; after the script, writes everything. */
    private static final class ScriptedDynamoDb implements DynamoDbClient {
        final Deque<Function<List<WriteRequest>, List<WriteRequest>>> replies = new ArrayDeque<>();
        final List<List<WriteRequest>> calls = new ArrayList<>();
        final List<WriteRequest> written = new ArrayList<>();

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            List<WriteRequest> sent = request.requestItems().get(TABLE);
            calls.add(sent);
            List<WriteRequest> unprocessed = replies.isEmpty() ? List.of() : replies.poll().apply(sent);
            sent.stream().filter(write -> !unprocessed.contains(write)).forEach(written::add);
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(unprocessed.isEmpty() ? Map.of() : Map.of(TABLE, unprocessed))
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
    private final BatchWriter writer = new BatchWriter(dynamoDb, new RetryBackoff(waits::add, new SplittableRandom(3)));

    private static List<WriteRequest> puts(int count) {
        return IntStream.range(0, count).mapToObj(i -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(Map.of("pk", AttributeValue.fromS("HUB#x"), "sk", AttributeValue.fromS("ROW#" + i))).build())
                .build()).toList();
    }

    private static Function<List<WriteRequest>, List<WriteRequest>> leaveLast(int count) {
        return sent -> sent.subList(sent.size() - Math.min(count, sent.size()), sent.size());
    }

    @Test
    void writesInBatchesOfTwentyFive() {
        writer.write(TABLE, puts(60));

        assertThat(dynamoDb.calls).extracting(List::size).containsExactly(25, 25, 10);
        assertThat(dynamoDb.written).containsExactlyElementsOf(puts(60));
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesOnlyTheUnprocessedItemsAfterABackoffUntilAllAreWritten() {
        dynamoDb.replies.add(leaveLast(10));
        dynamoDb.replies.add(leaveLast(4));

        writer.write(TABLE, puts(25));

        assertThat(dynamoDb.calls).extracting(List::size).containsExactly(25, 10, 4);
        assertThat(dynamoDb.written).containsExactlyInAnyOrderElementsOf(puts(25));
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0).toMillis()).isBetween(25L, 50L);
        assertThat(waits.get(1).toMillis()).isBetween(50L, 100L);
    }

    @Test
    void givesUpAfterTheLastAttemptSayingHowManyWereWritten() {
        for (int i = 0; i < RetryBackoff.MAX_ATTEMPTS; i++) {
            dynamoDb.replies.add(i == 0 ? sent -> sent : leaveLast(3));
        }
        // The first batch of 25 is written whole; the second never finishes.
        dynamoDb.replies.addFirst(sent -> List.of());

        IncompleteBatchWriteException failure = catchThrowableOfType(IncompleteBatchWriteException.class,
                () -> writer.write(TABLE, puts(50)));

        assertThat(failure.done()).isEqualTo(47);
        assertThat(failure.total()).isEqualTo(50);
        assertThat(dynamoDb.calls).hasSize(1 + RetryBackoff.MAX_ATTEMPTS);
        assertThat(waits).hasSize(RetryBackoff.MAX_ATTEMPTS - 1);
    }

    @Test
    void aNetworkFailureOrThrottlingStopsWithWhatWasDone() {
        dynamoDb.replies.add(sent -> List.of());
        dynamoDb.replies.add(sent -> {
            throw SdkClientException.create("connection reset");
        });

        IncompleteBatchWriteException failure = catchThrowableOfType(IncompleteBatchWriteException.class,
                () -> writer.write(TABLE, puts(30)));

        assertThat(failure.done()).isEqualTo(25);
        assertThat(failure.getCause()).isInstanceOf(SdkClientException.class);

        dynamoDb.replies.add(sent -> {
            throw ProvisionedThroughputExceededException.builder().statusCode(400).message("slow down").build();
        });
        assertThatThrownBy(() -> writer.write(TABLE, puts(5))).isInstanceOf(IncompleteBatchWriteException.class);

        dynamoDb.replies.add(sent -> {
            throw DynamoDbException.builder().statusCode(500).message("internal server error").build();
        });
        assertThatThrownBy(() -> writer.write(TABLE, puts(5))).isInstanceOf(IncompleteBatchWriteException.class);
    }

    @Test
    void aRequestDynamoDbRejectsIsNotRetriedButRethrown() {
        dynamoDb.replies.add(sent -> {
            throw DynamoDbException.builder().statusCode(400).message("Item size has exceeded the maximum allowed size").build();
        });

        assertThatThrownBy(() -> writer.write(TABLE, puts(5))).isInstanceOf(DynamoDbException.class);
        assertThat(dynamoDb.calls).hasSize(1);
    }
}
