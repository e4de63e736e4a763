package uk.hubreturns.common.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;
import uk.hubreturns.common.time.Quarter;

/** What a write checked against sign-off sends, and how each way DynamoDB can cancel it is answered. */
class OpenQuarterWritesTest {

    static final class Item {
        String pk;
        String sk;
    }

    private static final TableSchema<Item> SCHEMA = StaticTableSchema.builder(Item.class).newItemSupplier(Item::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v).tags(primarySortKey()))
            .build();
    private static final Quarter Q1 = Quarter.parse("2026-Q1").orElseThrow();
    private static final Quarter Q2 = Quarter.parse("2026-Q2").orElseThrow();

    private final List<TransactWriteItemsRequest> sent = new ArrayList<>();
    private List<String> cancellation = List.of();
    private final DynamoDbClient dynamoDb = new DynamoDbClient() {
        @Override
        public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
            sent.add(request);
            if (!cancellation.isEmpty()) {
                throw TransactionCanceledException.builder().message("Transaction cancelled")
                        .cancellationReasons(cancellation.stream().map(code -> CancellationReason.builder().code(code).build()).toList())
                        .build();
            }
            return TransactWriteItemsResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    };
    private final DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build();
    private final DynamoDbTable<Item> table = enhanced.table("RecordsTable", SCHEMA);
    private final OpenQuarterWrites writes = new OpenQuarterWrites(enhanced);

    @Test
    void theRecordIsWrittenWithOneCheckOfEachQuarterItIsOrWasIn() {
        writes.put(table, item(), List.of(Q2, Q1, Q2), () -> new IllegalStateException("not expected"));

        List<TransactWriteItem> items = sent.get(0).transactItems();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).put().item().get("sk").s()).isEqualTo("MEETING#1");
        assertThat(items.subList(1, 3)).extracting(item -> item.conditionCheck().key().get("sk").s())
                .containsExactly("SIGNOFF#2026-Q1", "SIGNOFF#2026-Q2");
        assertThat(items.subList(1, 3)).allSatisfy(item -> {
            assertThat(item.conditionCheck().key().get("pk").s()).isEqualTo("RETURNS");
            assertThat(item.conditionCheck().conditionExpression()).isEqualTo("attribute_not_exists(#status) OR #status <> :final");
        });
    }

    @Test
    void aSignedOffQuarterIsAConflictNamingIt() {
        cancellation = List.of("None", "None", "ConditionalCheckFailed");

        assertThatThrownBy(() -> writes.put(table, item(), List.of(Q1, Q2), () -> new IllegalStateException("not expected")))
                .isInstanceOf(RecordConflictException.class).hasMessageStartingWith("Quarter 2026-Q2 is signed off");
    }

    @Test
    void theRecordsOwnConditionFailingIsTheCallersAnswer() {
        cancellation = List.of("ConditionalCheckFailed", "None");

        assertThatThrownBy(() -> writes.delete(table, Key.builder().partitionValue("HUB#north")
                        .sortValue("MEETING#1").build(), Expression.builder()
                        .expression("attribute_exists(pk)").build(), List.of(Q1), () -> new IllegalStateException("changed meanwhile")))
                .isInstanceOf(IllegalStateException.class).hasMessage("changed meanwhile");
        assertThat(sent.get(0).transactItems().get(0).delete().conditionExpression()).isEqualTo("attribute_exists(pk)");
    }

    @Test
    void aTransactionCancelledBecauseAnotherChangeTouchedTheSameItemsIsToBeSentAgain() {
        for (List<String> reasons : List.of(List.of("None", "TransactionConflict"), List.of("TransactionConflict", "None"),
                List.of("ThrottlingError"))) {
            cancellation = reasons;

            assertThatThrownBy(() -> writes.put(table, item(), List.of(Q1), () -> new IllegalStateException("not expected")))
                    .isInstanceOf(TemporarilyUnavailableException.class).hasMessageContaining("send the same request again");
        }
    }

    private static Item item() {
        Item item = new Item();
        item.pk = "HUB#north";
        item.sk = "MEETING#1";
        return item;
    }
}
