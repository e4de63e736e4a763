package uk.hubreturns.common.lambda;

import com.fasterxml.jackson.jr.ob.JSON;
import dagger.Lazy;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.ledger.AuditLog;
import uk.hubreturns.common.ledger.IdempotencyStore;

/**
 * The throw-away work that warms a function's request path. Before a SnapStart snapshot ({@link #prime}): JSON
 * written and read back with the function's codec, and one GetItem of a key no record has ({@value #KEY}), which
 * builds the SDK's request pipeline, signs a request and opens a connection; it also builds the idempotency store and
 * the audit log, which the endpoint builds only at the first write that needs them, so that a snapshot holds them
 * built; then the function's own {@link PrimingStep}s, which only priming builds. On any other start, only that
 * GetItem, on a thread of its own ({@link #warmRequestPathAside}). Neither ever fails: if DynamoDB cannot be reached,
 * the classes are loaded all the same.
 */
public final class Primer {

    static final String KEY = "PRIMING";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final JSON json;
    private final Lazy<IdempotencyStore> idempotency;
    private final Lazy<AuditLog> audit;
    private final Lazy<Set<PrimingStep>> functionSteps;

    @Inject
    public Primer(DynamoDbClient dynamoDb, @RecordsTableName String tableName, JSON json, Lazy<IdempotencyStore> idempotency,
                  Lazy<AuditLog> audit, Lazy<Set<PrimingStep>> functionSteps) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.json = json;
        this.idempotency = idempotency;
        this.audit = audit;
        this.functionSteps = functionSteps;
    }

    public void prime() {
        idempotency.get();
        audit.get();
        try {
            json.mapFrom(json.asString(Map.of("primed", true, "quarter", "2026-Q1")));
        } catch (IOException e) {
            throw new IllegalStateException("The function's JSON mapper cannot write a map", e);
        }
        functionSteps.get().forEach(PrimingStep::prime);
        readPrimingKey();
    }

    /**
     * Reads the priming key on a thread of its own and returns at once: while the runtime fetches the first event and
     * the function reads it, the SDK's request pipeline is loaded, and on AWS the TLS connection opened, for the first
     * request's own call to find ready.
     */
    public void warmRequestPathAside() {
        Thread thread = new Thread(this::readPrimingKey, "request-path-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void readPrimingKey() {
        try {
            dynamoDb.getItem(request -> request.tableName(tableName)
                    .key(Map.of("pk", AttributeValue.fromS(KEY), "sk", AttributeValue.fromS(KEY))));
        } catch (SdkException e) {
            // The request path is warm even when the call itself failed.
        }
    }
}
