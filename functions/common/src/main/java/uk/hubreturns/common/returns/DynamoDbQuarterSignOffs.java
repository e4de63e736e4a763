package uk.hubreturns.common.returns;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.time.Quarter;

/** Sign-off states in RecordsTable: item {@code pk = RETURNS, sk = SIGNOFF#<quarter>}. */
@Singleton
public final class DynamoDbQuarterSignOffs implements QuarterSignOffs {

    static final String PARTITION = "RETURNS";

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
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuarterSignOff(quarter.id(), "FINAL".equals(text(item, "status")),
                text(item, "signedOffBy"), instant(item, "signedOffAt"), text(item, "reopenedBy"), instant(item, "reopenedAt")));
    }

    @Override
    public void signOff(Quarter quarter, String by, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(quarter));
        item.put("status", AttributeValue.fromS("FINAL"));
        item.put("signedOffBy", AttributeValue.fromS(by));
        item.put("signedOffAt", AttributeValue.fromS(at.toString()));
        find(quarter).filter(previous -> previous.reopenedBy() != null).ifPresent(previous -> {
            item.put("reopenedBy", AttributeValue.fromS(previous.reopenedBy()));
            item.put("reopenedAt", AttributeValue.fromS(previous.reopenedAt().toString()));
        });
        dynamoDb.putItem(request -> request.tableName(tableName).item(item));
    }

    @Override
    public void reopen(Quarter quarter, String by, Instant at) {
        dynamoDb.updateItem(request -> request.tableName(tableName).key(key(quarter))
                .updateExpression("SET #status = :draft, reopenedBy = :by, reopenedAt = :at")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":draft", AttributeValue.fromS("DRAFT"), ":by", AttributeValue.fromS(by),
                        ":at", AttributeValue.fromS(at.toString()))));
    }

    private static Map<String, AttributeValue> key(Quarter quarter) {
        return Map.of("pk", AttributeValue.fromS(PARTITION), "sk", AttributeValue.fromS("SIGNOFF#" + quarter.id()));
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
