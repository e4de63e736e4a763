package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.hubreturns.common.dynamodb.DatedRecordKeys;
import uk.hubreturns.common.dynamodb.QuarterSortKeys;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.rag.TargetDirection;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.returns.QuarterRecords.ActionFact;
import uk.hubreturns.returns.QuarterRecords.ActualsFact;
import uk.hubreturns.returns.QuarterRecords.AgreementFact;
import uk.hubreturns.returns.QuarterRecords.MeasureFact;
import uk.hubreturns.returns.QuarterRecords.MeetingFact;
import uk.hubreturns.returns.QuarterRecords.VolunteerFact;

/**
 * Reads one hub's quarter: its import ledger (GetItem), every record dated in the quarter (one Query on
 * {@code byQuarter}, page by page, only the attributes the figures need) and its agreements (one Query). Only
 * the figures are kept: attendees' names and actions' descriptions and owners, which come with the sectors and
 * statuses inside the same lists, never outlive the page.
 */
@Singleton
public final class QuarterRecordsReader {

    private static final String BY_QUARTER = "byQuarter";

    /**
     * The attributes the figures are made from: DynamoDB sends only these, not the names, notes, decisions and
     * audit fields the records also hold (nested ones whole: a projection cannot pick a field out of every list element).
     */
    private static final List<String> FIGURE_ATTRIBUTES = List.of("quarterSk", "date", "type", "attendees", "actions", "costPence",
            "volunteerRef", "minutes", "activity", "importId", "importSeq", "agreementId", "values");
    private static final String PROJECTION = String.join(", ", FIGURE_ATTRIBUTES.stream().map(name -> "#" + name).toList());
    private static final Map<String, String> PROJECTED_NAMES = FIGURE_ATTRIBUTES.stream()
            .collect(Collectors.toUnmodifiableMap(name -> "#" + name, name -> name));

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final LongAdder itemsRead = new LongAdder();

    @Inject
    public QuarterRecordsReader(DynamoDbClient dynamoDb, @RecordsTableName String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** Items read from the quarter indexes since this reader was made: the benchmark checks there is no over-read. */
    public long itemsRead() {
        return itemsRead.sum();
    }

    public QuarterRecords read(Hub hub, Quarter quarter) {
        String partition = HubKeys.recordsPartition(hub.hubId());
        ImportLedger ledger = ledger(partition);
        List<MeetingFact> meetings = new ArrayList<>();
        List<VolunteerFact> entries = new ArrayList<>();
        List<ActualsFact> actuals = new ArrayList<>();
        String prefix = QuarterSortKeys.quarterPrefix(quarter.id());
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_QUARTER)
                .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition), ":prefix", AttributeValue.fromS(prefix)))
                .consistentRead(true);
        dynamoDb.queryPaginator(withFigureAttributesOnly(query).build()).forEach(page -> {
            itemsRead.add(page.count());
            for (Map<String, AttributeValue> item : page.items()) {
                String kind = kindOf(item.get("quarterSk").s(), prefix);
                switch (kind) {
                    case QuarterSortKeys.MEETING -> meetings.add(meeting(item));
                    case QuarterSortKeys.VOLUNTEER -> {
                        if (ledger.counts(text(item, "importId"), number(item, "importSeq"))) {
                            entries.add(volunteerEntry(item));
                        }
                    }
                    case QuarterSortKeys.ACTUALS -> actuals.add(actuals(item));
                    default -> {
                        // Another kind of record dated in the quarter: not part of a return.
                    }
                }
            }
        });
        return new QuarterRecords(hub, quarter, meetings, entries, agreements(partition), actuals);
    }

    /** The quarter of the hub's earliest dated record (one item read), if it has any. */
    public Optional<Quarter> earliestQuarter(Hub hub) {
        QueryRequest query = QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_QUARTER)
                .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(HubKeys.recordsPartition(hub.hubId())),
                        ":prefix", AttributeValue.fromS(QuarterSortKeys.PREFIX)))
                .projectionExpression("quarterSk")
                .limit(1)
                .consistentRead(true)
                .build();
        return dynamoDb.query(query).items().stream().findFirst().flatMap(item -> QuarterSortKeys.quarterOf(item.get("quarterSk").s()));
    }

    /** The volunteer refs active at the hub in {@code quarter}, from its entries, the rows of unfinished imports left out. */
    public Set<String> activeVolunteerRefs(Hub hub, Quarter quarter) {
        String partition = HubKeys.recordsPartition(hub.hubId());
        ImportLedger ledger = ledger(partition);
        QueryRequest query = QueryRequest.builder()
                .tableName(tableName)
                .indexName(BY_QUARTER)
                .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition),
                        ":prefix", AttributeValue.fromS(DatedRecordKeys.VOLUNTEER_ENTRIES.quarterPrefix(quarter.id()))))
                .projectionExpression("volunteerRef, importId, importSeq")
                .consistentRead(true)
                .build();
        Set<String> refs = new HashSet<>();
        dynamoDb.queryPaginator(query).items().forEach(item -> {
            if (ledger.counts(text(item, "importId"), number(item, "importSeq"))) {
                refs.add(item.get("volunteerRef").s());
            }
        });
        return refs;
    }

    /** A quarter Query asking only for the attributes the figures are made from (the benchmark's bare Query uses it too). */
    public static QueryRequest.Builder withFigureAttributesOnly(QueryRequest.Builder query) {
        return query.projectionExpression(PROJECTION).expressionAttributeNames(PROJECTED_NAMES);
    }

    private static String kindOf(String quarterSk, String prefix) {
        int end = quarterSk.indexOf('#', prefix.length());
        return end < 0 ? quarterSk.substring(prefix.length()) : quarterSk.substring(prefix.length(), end);
    }

    private List<AgreementFact> agreements(String partition) {
        QueryRequest query = QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition), ":prefix", AttributeValue.fromS("AGREEMENT#")))
                .consistentRead(true)
                .build();
        List<AgreementFact> agreements = new ArrayList<>();
        dynamoDb.queryPaginator(query).items().forEach(item -> agreements.add(agreement(item)));
        return agreements;
    }

    private ImportLedger ledger(String partition) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(partition), "sk", AttributeValue.fromS("IMPORT_LEDGER")))).item();
        if (item == null || item.isEmpty()) {
            return new ImportLedger(0, Set.of());
        }
        Long last = number(item, "lastImportSeq");
        AttributeValue inProgress = item.get("inProgress");
        return new ImportLedger(last == null ? 0 : last, inProgress == null ? Set.of() : new HashSet<>(inProgress.ss()));
    }

    /** The volunteering module's rule: an imported entry counts once its import had started and is not in progress. */
    private record ImportLedger(long lastImportSeq, Set<String> inProgress) {
        boolean counts(String importId, Long importSeq) {
            return importId == null || (importSeq != null && importSeq <= lastImportSeq && !inProgress.contains(importId));
        }
    }

    private static MeetingFact meeting(Map<String, AttributeValue> item) {
        List<String> sectors = new ArrayList<>();
        list(item, "attendees").forEach(attendee -> sectors.add(attendee.m().get("sector").s()));
        List<ActionFact> actions = new ArrayList<>();
        list(item, "actions").forEach(action -> {
            Map<String, AttributeValue> fields = action.m();
            AttributeValue due = fields.get("dueDate");
            actions.add(new ActionFact(fields.get("status").s(), due == null || due.s() == null ? null : LocalDate.parse(due.s())));
        });
        Long cost = number(item, "costPence");
        return new MeetingFact(LocalDate.parse(item.get("date").s()), item.get("type").s(), sectors, actions, cost == null ? 0 : cost);
    }

    private static VolunteerFact volunteerEntry(Map<String, AttributeValue> item) {
        return new VolunteerFact(item.get("volunteerRef").s(), Integer.parseInt(item.get("minutes").n()), item.get("activity").s());
    }

    private static ActualsFact actuals(Map<String, AttributeValue> item) {
        Map<String, BigDecimal> values = new HashMap<>();
        AttributeValue stored = item.get("values");
        if (stored != null && stored.hasM()) {
            stored.m().forEach((measureId, value) -> values.put(measureId, new BigDecimal(value.s())));
        }
        return new ActualsFact(item.get("agreementId").s(), values);
    }

    private static AgreementFact agreement(Map<String, AttributeValue> item) {
        List<MeasureFact> measures = new ArrayList<>();
        list(item, "measures").forEach(measure -> {
            Map<String, AttributeValue> fields = measure.m();
            measures.add(new MeasureFact(fields.get("measureId").s(), fields.get("name").s(), new BigDecimal(fields.get("target").s()),
                    TargetDirection.valueOf(fields.get("direction").s()), new BigDecimal(fields.get("amberTolerancePercent").s())));
        });
        return new AgreementFact(item.get("agreementId").s(), item.get("title").s(), LocalDate.parse(item.get("startDate").s()),
                LocalDate.parse(item.get("endDate").s()), measures);
    }

    private static List<AttributeValue> list(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || !value.hasL() ? List.of() : value.l();
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static Long number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null || value.n() == null ? null : Long.parseLong(value.n());
    }
}
