package uk.hubreturns.common.lambda;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Map;
import javax.inject.Inject;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.ledger.AuditLog;
import uk.hubreturns.common.ledger.IdempotencyStore;

/**
 * The throw-away work that warms a function before its snapshot: JSON written and read back with the function's
 * codec, and one GetItem of a key no record has ({@value #KEY}), which builds the SDK's request pipeline, signs a
 * request and opens a connection. It is also given the idempotency store and audit log, which the endpoint builds
 * only at the first write that needs them, so that a snapshot holds their table schemas already built. It never
 * fails the snapshot: if DynamoDB cannot be reached, the classes are loaded all the same.
 */
public final class Primer {

    static final String KEY = "PRIMING";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final JSON json;

    @Inject
    public Primer(DynamoDbClient dynamoDb, @RecordsTableName String tableName, JSON json, IdempotencyStore idempotency, AuditLog audit) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.json = json;
    }

    public void prime() {
        try {
            json.mapFrom(json.asString(Map.of("primed", true, "quarter", "2026-Q1")));
        } catch (IOException e) {
            throw new IllegalStateException("The function's JSON mapper cannot write a map", e);
        }
        try {
            dynamoDb.getItem(request -> request.tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(KEY), "sk", AttributeValue.fromS(KEY))));
        } catch (SdkException e) {
            // The request path is warm even when the call itself failed.
        }
    }
}
