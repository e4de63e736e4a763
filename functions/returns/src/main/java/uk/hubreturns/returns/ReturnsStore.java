package uk.hubreturns.returns;

import com.fasterxml.jackson.jr.ob.JSON;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.hubreturns.common.dynamodb.BatchWriter;
import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.time.Quarter;

/**
 * Where the rollup keeps its results. Keys:
 * <ul>
 *   <li>a hub's return: {@code pk = HUB#<hubId>, sk = RETURN#<quarter>} (a hub's returns: Query {@code begins_with RETURN#});</li>
 *   <li>the county return: {@code pk = RETURNS, sk = COUNTY#<quarter>};</li>
 *   <li>the volunteer refs active at a hub in a quarter, for new and retained volunteers:
 *       {@code pk = HUB#<hubId>, sk = VOLREFS#<quarter>} (never shown; earlier quarters: one Query).</li>
 * </ul>
 * Returns are stored as their JSON, exactly as the API shows them.
 */
@Singleton
public final class ReturnsStore {

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final JSON json;
    private final BatchWriter batchWriter;

    @Inject
    public ReturnsStore(DynamoDbClient dynamoDb, @RecordsTableName String tableName, JSON json, BatchWriter batchWriter) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.json = json;
        this.batchWriter = batchWriter;
    }

    /**
     * Each hub's return and the volunteer refs active at it, 25 items to a BatchWriteItem call: one call for
     * twelve hubs rather than 24 PutItems. Stops with an {@link IncompleteBatchWriteException} if DynamoDB keeps
     * some unwritten; every item is a whole put, so a second run writes them again.
     */
    void saveHubReturns(Quarter quarter, List<RolledUpHub> hubs) {
        List<WriteRequest> writes = new ArrayList<>();
        for (RolledUpHub hub : hubs) {
            HubReturn hubReturn = hub.hubReturn();
            String partition = "HUB#" + hubReturn.hubId();
            writes.add(putRequest(returnItem(partition, "RETURN#" + quarter.id(), write(hubReturn), quarter.id())));
            Map<String, AttributeValue> refs = new HashMap<>();
            refs.put("pk", AttributeValue.fromS(partition));
            refs.put("sk", AttributeValue.fromS("VOLREFS#" + quarter.id()));
            if (!hub.activeVolunteerRefs().isEmpty()) {
                refs.put("refs", AttributeValue.fromSs(List.copyOf(hub.activeVolunteerRefs())));
            }
            writes.add(putRequest(refs));
        }
        batchWriter.write(tableName, writes);
    }

    public Optional<HubReturn> findHubReturn(String hubId, Quarter quarter) {
        return get("HUB#" + hubId, "RETURN#" + quarter.id()).map(body -> read(body, HubReturn.class));
    }

    /** Every quarter's return of a hub, oldest first. */
    public List<HubReturn> hubReturns(String hubId) {
        QueryRequest query = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUB#" + hubId), ":prefix", AttributeValue.fromS("RETURN#")))
                .consistentRead(true)
                .build();
        List<HubReturn> returns = new ArrayList<>();
        dynamoDb.queryPaginator(query).items().forEach(item -> returns.add(read(item.get("body").s(), HubReturn.class)));
        return returns;
    }

    public void saveCountyReturn(CountyReturn countyReturn) {
        put("RETURNS", "COUNTY#" + countyReturn.quarter(), write(countyReturn), countyReturn.quarter());
    }

    public Optional<CountyReturn> findCountyReturn(Quarter quarter) {
        return get("RETURNS", "COUNTY#" + quarter.id()).map(body -> read(body, CountyReturn.class));
    }

    /** Who was active at the hub in the quarter before {@code quarter}, and who in any quarter before it. */
    public VolunteerHistory history(String hubId, Quarter quarter) {
        QueryRequest query = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS("HUB#" + hubId),
                        ":from", AttributeValue.fromS("VOLREFS#"),
                        ":to", AttributeValue.fromS("VOLREFS#" + quarter.previous().id())))
                .consistentRead(true)
                .build();
        Set<String> seen = new HashSet<>();
        Set<String> previous = new HashSet<>();
        String previousKey = "VOLREFS#" + quarter.previous().id();
        dynamoDb.queryPaginator(query).items().forEach(item -> {
            List<String> refs = item.containsKey("refs") ? item.get("refs").ss() : List.of();
            seen.addAll(refs);
            if (item.get("sk").s().equals(previousKey)) {
                previous.addAll(refs);
            }
        });
        return new VolunteerHistory(previous, seen);
    }

    private static WriteRequest putRequest(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static Map<String, AttributeValue> returnItem(String pk, String sk, String body, String quarter) {
        return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk), "quarter", AttributeValue.fromS(quarter),
                "body", AttributeValue.fromS(body));
    }

    private void put(String pk, String sk, String body, String quarter) {
        dynamoDb.putItem(request -> request.tableName(tableName).item(returnItem(pk, sk, body, quarter)));
    }

    private Optional<String> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("body").s());
    }

    private String write(Object value) {
        try {
            return json.asString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not write a " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.beanFrom(type, body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " could not be read", e);
        }
    }
}
