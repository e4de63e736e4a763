package uk.hubreturns.common.returns;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.time.Quarter;

/** Sign-off states in RecordsTable: item {@code pk = RETURNS, sk = SIGNOFF#<quarter>}. */
@Singleton
public final class DynamoDbQuarterSignOffs implements QuarterSignOffs {

    static final String PARTITION = "RETURNS";
    static final String SORT_KEY_PREFIX = "SIGNOFF#";
    /** The condition that the quarter's sign-off item holds for a quarter that is not signed off (or has none). */
    static final String OPEN = "attribute_not_exists(#status) OR #status <> :final";
    static final Map<String, String> OPEN_NAMES = Map.of("#status", "status");
    static final Map<String, AttributeValue> OPEN_VALUES = Map.of(":final", AttributeValue.fromS("FINAL"));

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    @Inject
    public DynamoDbQuarterSignOffs(DynamoDbClient dynamoDb, @RecordsTableName String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Optional<QuarterSignOff> find(Quarter quarter) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName).consistentRead(true)
                .key(key(quarter))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(state(quarter, item));
    }

    @Override
    public Set<Quarter> signedOffQuarters() {
        Set<Quarter> signedOff = new HashSet<>();
        dynamoDb.queryPaginator(request -> request.tableName(tableName).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :signOff)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(PARTITION), ":signOff", AttributeValue.fromS(SORT_KEY_PREFIX))))
                .items().forEach(item -> {
                    if ("FINAL".equals(text(item, "status"))) {
                        Quarter.parse(item.get("sk").s().substring(SORT_KEY_PREFIX.length())).ifPresent(signedOff::add);
                    }
                });
        return signedOff;
    }

    /** One conditional write: a reopened quarter signed off again keeps who reopened it and when. */
    @Override
    public QuarterSignOff signOff(Quarter quarter, String by, Instant at) {
        return changeStatus(quarter, "FINAL", "signedOff", "attribute_not_exists(#status) OR #status <> :final", by, at,
                () -> QuarterSignOffs.alreadySignedOff(quarter));
    }

    @Override
    public QuarterSignOff reopen(Quarter quarter, String by, Instant at) {
        return changeStatus(quarter, "DRAFT", "reopened", "#status = :final", by, at, () -> QuarterSignOffs.notSignedOff(quarter));
    }

    /** Sets the status and who changed it ({@code <who>By}, {@code <who>At}) if {@code condition} holds; the new state. */
    private QuarterSignOff changeStatus(Quarter quarter, String status, String who, String condition, String by, Instant at,
                                        Supplier<RecordConflictException> refused) {
        try {
            return state(quarter, dynamoDb.updateItem(request -> request.tableName(tableName).key(key(quarter))
                    .updateExpression("SET #status = :status, " + who + "By = :by, " + who + "At = :at")
                    .conditionExpression(condition)
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status), ":final", AttributeValue.fromS("FINAL"),
                            ":by", AttributeValue.fromS(by), ":at", AttributeValue.fromS(at.toString())))
                    .returnValues(ReturnValue.ALL_NEW)).attributes());
        } catch (ConditionalCheckFailedException conditionFailed) {
            throw refused.get();
        }
    }

    @Override
    public void undoSignOff(Quarter quarter, Optional<QuarterSignOff> before) {
        if (before.isEmpty()) {
            dynamoDb.deleteItem(request -> request.tableName(tableName).key(key(quarter)));
            return;
        }
        QuarterSignOff state = before.get();
        Map<String, AttributeValue> item = new HashMap<>(key(quarter));
        item.put("status", AttributeValue.fromS(state.signedOff() ? "FINAL" : "DRAFT"));
        putIfPresent(item, "signedOffBy", state.signedOffBy());
        putIfPresent(item, "signedOffAt", state.signedOffAt());
        putIfPresent(item, "reopenedBy", state.reopenedBy());
        putIfPresent(item, "reopenedAt", state.reopenedAt());
        dynamoDb.putItem(request -> request.tableName(tableName).item(item));
    }

    /**
     * A transaction's check that the quarter is not signed off, for a write that must not land in a signed-off quarter
     * even if the sign-off comes while the write is being prepared.
     */
    public static TransactWriteItem stillOpen(String tableName, Quarter quarter) {
        return TransactWriteItem.builder().conditionCheck(check -> check.tableName(tableName).key(key(quarter))
                .conditionExpression(OPEN).expressionAttributeNames(OPEN_NAMES).expressionAttributeValues(OPEN_VALUES)).build();
    }

    private static QuarterSignOff state(Quarter quarter, Map<String, AttributeValue> item) {
        return new QuarterSignOff(quarter.id(), "FINAL".equals(text(item, "status")),
                text(item, "signedOffBy"), instant(item, "signedOffAt"), text(item, "reopenedBy"), instant(item, "reopenedAt"));
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, Object value) {
        if (value != null) {
            item.put(name, AttributeValue.fromS(value.toString()));
        }
    }

    private static Map<String, AttributeValue> key(Quarter quarter) {
        return Map.of("pk", AttributeValue.fromS(PARTITION), "sk", AttributeValue.fromS(SORT_KEY_PREFIX + quarter.id()));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? null : Instant.parse(value);
    }
}
