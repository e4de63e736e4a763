package uk.hubreturns.common.returns;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.MappedTableResource;
import software.amazon.awssdk.enhanced.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactDeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;
import uk.hubreturns.common.dynamodb.TransactionCancellation;
import uk.hubreturns.common.time.Quarter;

/**
 * Writes a record in one transaction with a check that no quarter it is or was dated in is signed off. A sign-off freezes
 * the quarter, then recomputes its returns from the records: a write checked before the freeze but landing after the
 * recompute read its hub would be in the records and missing from the signed-off return. Made in one transaction, the
 * write lands before the freeze (and so is read by the recompute) or is refused.
 */
@Singleton
public final class OpenQuarterWrites {

    private static final Expression NOT_SIGNED_OFF = Expression.builder().expression(DynamoDbQuarterSignOffs.OPEN)
            .expressionNames(DynamoDbQuarterSignOffs.OPEN_NAMES).expressionValues(DynamoDbQuarterSignOffs.OPEN_VALUES).build();

    private final DynamoDbEnhancedClient client;

    @Inject
    public OpenQuarterWrites(DynamoDbEnhancedClient client) {
        this.client = client;
    }

    /**
     * Puts the item unless a quarter is signed off (409). {@code itemRefused} is thrown when the put's own condition
     * fails (the item's version changed, or it exists already).
     */
    public <T> void put(MappedTableResource<T> table, T item, Collection<Quarter> quarters, Supplier<RuntimeException> itemRefused) {
        write(table, request -> request.addPutItem(table, item), quarters, itemRefused);
    }

    /** Deletes the item if {@code condition} holds ({@code itemRefused} if not), unless a quarter is signed off (409). */
    public <T> void delete(MappedTableResource<T> table, Key key, Expression condition, Collection<Quarter> quarters,
                           Supplier<RuntimeException> itemRefused) {
        write(table, request -> request.addDeleteItem(table, TransactDeleteItemEnhancedRequest.builder().key(key)
                .conditionExpression(condition).build()), quarters, itemRefused);
    }

    private <T> void write(MappedTableResource<T> table, Consumer<TransactWriteItemsEnhancedRequest.Builder> recordWrite,
                           Collection<Quarter> quarters, Supplier<RuntimeException> itemRefused) {
        List<Quarter> checked = quarters.stream().distinct().sorted().toList();
        TransactWriteItemsEnhancedRequest.Builder request = TransactWriteItemsEnhancedRequest.builder();
        recordWrite.accept(request);
        for (Quarter quarter : checked) {
            request.addConditionCheck(table, ConditionCheck.builder().key(signOffKey(quarter)).conditionExpression(NOT_SIGNED_OFF).build());
        }
        try {
            client.transactWriteItems(request.build());
        } catch (TransactionCanceledException e) {
            for (int i = 0; i < checked.size(); i++) {
                if (TransactionCancellation.conditionFailedAt(e, 1 + i)) {
                    throw QuarterSignOffs.signedOff(checked.get(i));
                }
            }
            if (TransactionCancellation.conditionFailedAt(e, 0)) {
                throw itemRefused.get();
            }
            throw new TemporarilyUnavailableException("The record could not be saved because another change to it, or its quarter's "
                    + "sign-off, happened at the same moment; send the same request again.", 1, e);
        }
    }

    private static Key signOffKey(Quarter quarter) {
        return Key.builder().partitionValue(DynamoDbQuarterSignOffs.PARTITION).sortValue(DynamoDbQuarterSignOffs.SORT_KEY_PREFIX + quarter.id())
                .build();
    }
}
