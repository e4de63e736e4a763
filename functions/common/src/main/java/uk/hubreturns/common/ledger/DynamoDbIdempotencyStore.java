package uk.hubreturns.common.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.hubreturns.common.dynamodb.RecordsTableName;

/**
 * Item {@code pk = IDEMPOTENCY#<sha256 of user and key>, sk = IDEMPOTENCY}, expiring through the table's TTL
 * ({@code expiresAt}) after 24 hours. A claim is one conditional put, so of two requests racing with the same key
 * exactly one runs.
 */
@Singleton
public final class DynamoDbIdempotencyStore implements IdempotencyStore {

    static final Duration KEPT_FOR = Duration.ofHours(24);
    private static final String SORT_KEY = "IDEMPOTENCY";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    @Inject
    public DynamoDbIdempotencyStore(DynamoDbClient dynamoDb, @RecordsTableName String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Claim claim(String key, String fingerprint, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(key));
        item.put("state", AttributeValue.fromS("IN_PROGRESS"));
        item.put("fingerprint", AttributeValue.fromS(fingerprint));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(now.plus(KEPT_FOR).getEpochSecond())));
        try {
            dynamoDb.putItem(request -> request.tableName(tableName).item(item)
                    .conditionExpression("attribute_not_exists(pk) OR expiresAt < :now")
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now.getEpochSecond())))));
            return new Claimed();
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> earlier = dynamoDb.getItem(request -> request.tableName(tableName).key(key(key))
                    .consistentRead(true)).item();
            if (earlier == null || earlier.isEmpty()) {
                return claim(key, fingerprint, now);
            }
            if (!fingerprint.equals(earlier.get("fingerprint").s())) {
                return new DifferentRequest();
            }
            if (!"COMPLETE".equals(earlier.get("state").s())) {
                return new InProgress();
            }
            Map<String, String> headers = new HashMap<>();
            earlier.getOrDefault("headers", AttributeValue.fromM(Map.of())).m().forEach((name, value) -> headers.put(name, value.s()));
            return new Replay(new StoredResponse(Integer.parseInt(earlier.get("status").n()), headers,
                    earlier.containsKey("body") ? earlier.get("body").s() : null,
                    earlier.containsKey("base64") && earlier.get("base64").bool()));
        }
    }

    @Override
    public void complete(String key, String fingerprint, StoredResponse response, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(key));
        item.put("state", AttributeValue.fromS("COMPLETE"));
        item.put("fingerprint", AttributeValue.fromS(fingerprint));
        item.put("expiresAt", AttributeValue.fromN(Long.toString(now.plus(KEPT_FOR).getEpochSecond())));
        item.put("status", AttributeValue.fromN(Integer.toString(response.status())));
        Map<String, AttributeValue> headers = new HashMap<>();
        response.headers().forEach((name, value) -> headers.put(name, AttributeValue.fromS(value)));
        item.put("headers", AttributeValue.fromM(headers));
        if (response.body() != null) {
            item.put("body", AttributeValue.fromS(response.body()));
        }
        item.put("base64", AttributeValue.fromBool(response.base64Encoded()));
        dynamoDb.putItem(request -> request.tableName(tableName).item(item));
    }

    @Override
    public void release(String key) {
        dynamoDb.deleteItem(request -> request.tableName(tableName).key(key(key)));
    }

    private static Map<String, AttributeValue> key(String key) {
        return Map.of("pk", AttributeValue.fromS("IDEMPOTENCY#" + sha256(key)), "sk", AttributeValue.fromS(SORT_KEY));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
