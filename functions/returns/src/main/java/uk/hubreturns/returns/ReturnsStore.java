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
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.hubreturns.common.dynamodb.BatchWriter;
import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.time.Quarter;

/**
 * Where the rollup keeps its results. Keys:
 * <ul>
 *   <li>a hub's return: {@code pk = HUB#<hubId>, sk = RETURN#<quarter>} (a hub's returns: Query {@code begins_with RETURN#});</li>
 *   <li>the county return: {@code pk = RETURNS, sk = COUNTY#<quarter>};</li>
 *   <li>the volunteer refs active at a hub in a quarter, for new and retained volunteers:
 *       {@code pk = HUB#<hubId>, sk = VOLREFS#<quarter>} (never shown; a quarter's and every earlier one's: one Query);</li>
 *   <li>the PDF summaries kept for a quarter: {@code pk = SUMMARY_PDF#<quarter>, sk = COUNTY} or {@code HUB#<hubId>}, with the
 *       edition they were rendered for (GetItem). A partition of their own, so backups, which copy records and returns,
 *       never carry them: they are rendered again from the returns.</li>
 * </ul>
 * Returns are stored as their JSON, exactly as the API shows them.
 */
@Singleton
public final class ReturnsStore {

    /** Whose summary is kept: the county's, or else a hub's, by its id. */
    static final String COUNTY_SUMMARY = "COUNTY";

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
     * Each hub's return and, unless the same refs are kept already, the volunteer refs active at it, 25 items to a
     * BatchWriteItem call: one call for twelve hubs rather than 24 PutItems. Stops with an
     * {@link IncompleteBatchWriteException} if DynamoDB keeps some unwritten; every item is a whole put, so a second
     * run writes them again.
     */
    void saveHubReturns(Quarter quarter, List<RolledUpHub> hubs) {
        List<WriteRequest> writes = new ArrayList<>();
        for (RolledUpHub hub : hubs) {
            HubReturn hubReturn = hub.hubReturn();
            String partition = HubKeys.recordsPartition(hubReturn.hubId());
            writes.add(putRequest(returnItem(partition, "RETURN#" + quarter.id(), write(hubReturn), quarter.id())));
            if (!hub.activeVolunteerRefsAlreadyKept()) {
                writes.add(putRequest(volunteerRefsItem(hubReturn.hubId(), quarter, hub.activeVolunteerRefs())));
            }
        }
        batchWriter.write(tableName, writes);
    }

    /** The volunteer refs active at a hub in a quarter, kept as that quarter's rollup keeps them. */
    void saveVolunteerRefs(String hubId, Quarter quarter, Set<String> refs) {
        dynamoDb.putItem(request -> request.tableName(tableName).item(volunteerRefsItem(hubId, quarter, refs)));
    }

    private static Map<String, AttributeValue> volunteerRefsItem(String hubId, Quarter quarter, Set<String> refs) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(HubKeys.recordsPartition(hubId)));
        item.put("sk", AttributeValue.fromS("VOLREFS#" + quarter.id()));
        if (!refs.isEmpty()) {
            item.put("refs", AttributeValue.fromSs(List.copyOf(refs)));
        }
        return item;
    }

    public Optional<HubReturn> findHubReturn(String hubId, Quarter quarter) {
        return get(HubKeys.recordsPartition(hubId), "RETURN#" + quarter.id()).map(body -> read(body, HubReturn.class));
    }

    /** Every quarter's return of a hub, oldest first. */
    public List<HubReturn> hubReturns(String hubId) {
        QueryRequest query = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(HubKeys.recordsPartition(hubId)),
                        ":prefix", AttributeValue.fromS("RETURN#")))
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

    /**
     * The volunteer refs kept for {@code quarter} and each quarter before it that was rolled up, by quarter id (one
     * Query): the earlier ones for new and retained volunteers, the quarter's own to leave them unwritten if unchanged.
     */
    public Map<String, Set<String>> volunteerRefsUpTo(String hubId, Quarter quarter) {
        QueryRequest query = QueryRequest.builder().tableName(tableName)
                .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(HubKeys.recordsPartition(hubId)),
                        ":from", AttributeValue.fromS("VOLREFS#"),
                        ":to", AttributeValue.fromS("VOLREFS#" + quarter.id())))
                .consistentRead(true)
                .build();
        Map<String, Set<String>> refsByQuarter = new HashMap<>();
        dynamoDb.queryPaginator(query).items().forEach(item -> refsByQuarter.put(item.get("sk").s().substring("VOLREFS#".length()),
                item.containsKey("refs") ? new HashSet<>(item.get("refs").ss()) : new HashSet<>()));
        return refsByQuarter;
    }

    /** The summary kept for {@code who} ({@link #COUNTY_SUMMARY} or a hub id), if it was rendered for {@code edition}. */
    Optional<byte[]> findSummaryPdf(Quarter quarter, String who, String edition) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName).consistentRead(true)
                .key(summaryKey(quarter, who))).item();
        if (item == null || item.isEmpty() || !edition.equals(item.get("edition").s())) {
            return Optional.empty();
        }
        return Optional.of(item.get("pdf").b().asByteArray());
    }

    void saveSummaryPdf(Quarter quarter, String who, String edition, byte[] pdf) {
        dynamoDb.putItem(request -> request.tableName(tableName).item(summaryItem(quarter, who, edition, pdf)));
    }

    /** Several summaries of one quarter, 25 to a BatchWriteItem call. */
    void saveSummaryPdfs(Quarter quarter, List<KeptSummary> summaries) {
        batchWriter.write(tableName, summaries.stream()
                .map(summary -> putRequest(summaryItem(quarter, summary.who(), summary.edition(), summary.pdf()))).toList());
    }

    record KeptSummary(String who, String edition, byte[] pdf) {
    }

    private static Map<String, AttributeValue> summaryKey(Quarter quarter, String who) {
        return Map.of("pk", AttributeValue.fromS("SUMMARY_PDF#" + quarter.id()),
                "sk", AttributeValue.fromS(COUNTY_SUMMARY.equals(who) ? COUNTY_SUMMARY : HubKeys.recordsPartition(who)));
    }

    private static Map<String, AttributeValue> summaryItem(Quarter quarter, String who, String edition, byte[] pdf) {
        Map<String, AttributeValue> item = new HashMap<>(summaryKey(quarter, who));
        item.put("edition", AttributeValue.fromS(edition));
        item.put("pdf", AttributeValue.fromB(SdkBytes.fromByteArray(pdf)));
        return item;
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
