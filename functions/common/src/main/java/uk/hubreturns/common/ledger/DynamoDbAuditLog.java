package uk.hubreturns.common.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.dynamodb.PagedQuery;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/**
 * Items {@code pk = AUDIT#<hubId>} (or {@code AUDIT#COUNTY} for county-wide writes), {@code sk = <instant>#<request id>}:
 * one Query reads a hub's entries between two moments, oldest first.
 */
@Singleton
public final class DynamoDbAuditLog implements AuditLog {

    static final String COUNTY = "COUNTY";
    /** Fixed width, so that sort keys order as the moments do (Instant.toString drops zero fractions). */
    static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    static final TableSchema<AuditItem> SCHEMA = StaticTableSchema.builder(AuditItem.class)
            .newItemSupplier(AuditItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v).tags(StaticAttributeTags.primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v).tags(StaticAttributeTags.primarySortKey()))
            .addAttribute(String.class, a -> a.name("at").getter(i -> i.at).setter((i, v) -> i.at = v))
            .addAttribute(String.class, a -> a.name("subject").getter(i -> i.subject).setter((i, v) -> i.subject = v))
            .addAttribute(String.class, a -> a.name("route").getter(i -> i.route).setter((i, v) -> i.route = v))
            .addAttribute(String.class, a -> a.name("path").getter(i -> i.path).setter((i, v) -> i.path = v))
            .addAttribute(Integer.class, a -> a.name("status").getter(i -> i.status).setter((i, v) -> i.status = v))
            .addAttribute(String.class, a -> a.name("hubId").getter(i -> i.hubId).setter((i, v) -> i.hubId = v))
            .addAttribute(String.class, a -> a.name("versionBefore").getter(i -> i.versionBefore).setter((i, v) -> i.versionBefore = v))
            .addAttribute(String.class, a -> a.name("versionAfter").getter(i -> i.versionAfter).setter((i, v) -> i.versionAfter = v))
            .addAttribute(String.class, a -> a.name("requestId").getter(i -> i.requestId).setter((i, v) -> i.requestId = v))
            .build();

    public static final class AuditItem {
        String pk;
        String sk;
        String at;
        String subject;
        String route;
        String path;
        Integer status;
        String hubId;
        String versionBefore;
        String versionAfter;
        String requestId;
    }

    private final DynamoDbClient dynamoDb;
    private final DynamoDbTable<AuditItem> table;
    private final String tableName;
    private final PagedQuery pagedQuery;

    @Inject
    public DynamoDbAuditLog(DynamoDbClient dynamoDb, DynamoDbEnhancedClient enhanced, @RecordsTableName String tableName, PagedQuery pagedQuery) {
        this.dynamoDb = dynamoDb;
        this.table = enhanced.table(tableName, SCHEMA);
        this.tableName = tableName;
        this.pagedQuery = pagedQuery;
    }

    @Override
    public void append(AuditEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("pk", AttributeValue.fromS(partitionKey(entry.hubId())));
        item.put("sk", AttributeValue.fromS(SORTABLE.format(entry.at()) + "#" + entry.requestId()));
        item.put("at", AttributeValue.fromS(entry.at().toString()));
        item.put("subject", AttributeValue.fromS(entry.subject()));
        item.put("route", AttributeValue.fromS(entry.route()));
        item.put("path", AttributeValue.fromS(entry.path()));
        item.put("status", AttributeValue.fromN(Integer.toString(entry.status())));
        item.put("requestId", AttributeValue.fromS(entry.requestId()));
        if (entry.hubId() != null) {
            item.put("hubId", AttributeValue.fromS(entry.hubId()));
        }
        if (entry.versionBefore() != null) {
            item.put("versionBefore", AttributeValue.fromS(entry.versionBefore()));
        }
        if (entry.versionAfter() != null) {
            item.put("versionAfter", AttributeValue.fromS(entry.versionAfter()));
        }
        dynamoDb.putItem(request -> request.tableName(tableName).item(item));
    }

    @Override
    public Page<AuditEntry> list(String hubId, Instant from, Instant to, PageRequest page) {
        String partition = partitionKey(hubId);
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(
                        k -> k.partitionValue(partition).sortValue(SORTABLE.format(from)),
                        k -> k.partitionValue(partition).sortValue(SORTABLE.format(to))))
                .consistentRead(true);
        return pagedQuery.onTable(table, partition, query, page).map(item -> new AuditEntry(Instant.parse(item.at), item.subject,
                item.route, item.path, item.status, item.hubId, item.versionBefore, item.versionAfter, item.requestId));
    }

    /** The partition of a hub's audit log, or of the county-wide one when {@code hubId} is null. */
    public static String partitionKey(String hubId) {
        return "AUDIT#" + (hubId == null ? COUNTY : hubId);
    }
}
