package uk.hubreturns.volunteering;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.dynamodb.PagedQuery;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.dynamodb.StoredVersion;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.dynamodb.DatedRecordKeys;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.ledger.CurrentActor;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.returns.OpenQuarterWrites;
import uk.hubreturns.common.time.QuarterCalendar;

@Singleton
public final class DynamoDbVolunteerHoursRepository implements VolunteerHoursRepository {

    private final DynamoDbTable<VolunteerEntryItem> entries;
    private final DynamoDbIndex<VolunteerEntryItem> byQuarter;
    private final DynamoDbTable<ImportLedgerItem> ledgers;
    private final QuarterCalendar calendar;
    private final PagedQuery pagedQuery;
    private final OpenQuarterWrites openQuarters;

    @Inject
    DynamoDbVolunteerHoursRepository(DynamoDbEnhancedClient client, @RecordsTableName String tableName,
                                     QuarterCalendar calendar, PagedQuery pagedQuery, OpenQuarterWrites openQuarters) {
        this.entries = client.table(tableName, VolunteerEntryItem.SCHEMA);
        this.byQuarter = entries.index(VolunteerEntryItem.BY_QUARTER);
        this.ledgers = client.table(tableName, ImportLedgerItem.SCHEMA);
        this.calendar = calendar;
        this.pagedQuery = pagedQuery;
        this.openQuarters = openQuarters;
    }

    @Override
    public VolunteerEntry create(VolunteerEntry entry) {
        VolunteerEntryItem item = toItem(entry, calendar, null);
        item.version = null;
        openQuarters.put(entries, item, List.of(calendar.quarterOf(entry.date())),
                () -> new RecordConflictException("A volunteer entry with id '" + entry.entryId() + "' already exists."));
        item.version = StoredVersion.afterPut(null);
        return toEntry(item);
    }

    @Override
    public Optional<VolunteerEntry> find(String hubId, String entryId) {
        VolunteerEntryItem item = entries.getItem(r -> r.key(key(hubId, entryId)).consistentRead(true));
        if (item == null || (item.importId != null && !snapshot(hubId).counts(item.importId, item.importSeq))) {
            return Optional.empty();
        }
        return Optional.of(toEntry(item));
    }

    @Override
    public void delete(VolunteerEntry entry) {
        Expression unchanged = Expression.builder()
                .expression("#version = :version")
                .expressionNames(Map.of("#version", "version"))
                .expressionValues(Map.of(":version", AttributeValue.fromN(Long.toString(entry.version()))))
                .build();
        openQuarters.delete(entries, key(entry.hubId(), entry.entryId()), unchanged, List.of(calendar.quarterOf(entry.date())),
                () -> new RecordConflictException("Volunteer entry '" + entry.entryId() + "' was changed or deleted meanwhile; read it again."));
    }

    @Override
    public QuarterListing listInQuarter(String hubId, Quarter quarter, PageRequest page) {
        ImportSnapshot snapshot = snapshot(hubId);
        String partition = HubKeys.recordsPartition(hubId);
        QueryEnhancedRequest.Builder query = inQuarter(partition, quarter, snapshot).scanIndexForward(false);
        var entriesPage = pagedQuery.onIndex(byQuarter, "quarterSk", partition, query, page)
                .map(DynamoDbVolunteerHoursRepository::toEntry);
        return new QuarterListing(entriesPage, totals(hubId, quarter, snapshot), snapshot.inProgress().stream().sorted().toList());
    }

    @Override
    public QuarterTotals totalsIncluding(String hubId, Quarter quarter, List<VolunteerEntry> notYetCounted) {
        QuarterTally tally = tally(hubId, quarter, snapshot(hubId));
        notYetCounted.forEach(entry -> tally.add(entry.volunteerRef(), entry.minutes()));
        return tally.totals(quarter);
    }

    private QuarterTotals totals(String hubId, Quarter quarter, ImportSnapshot snapshot) {
        return tally(hubId, quarter, snapshot).totals(quarter);
    }

    private QuarterTally tally(String hubId, Quarter quarter, ImportSnapshot snapshot) {
        QueryEnhancedRequest query = inQuarter(HubKeys.recordsPartition(hubId), quarter, snapshot)
                .attributesToProject("volunteerRef", "minutes")
                .build();
        QuarterTally tally = new QuarterTally();
        byQuarter.query(query).forEach(page -> page.items().forEach(item -> tally.add(item.volunteerRef, item.minutes)));
        return tally;
    }

    /** Reads the hub's import ledger; see {@link ImportSnapshot} for why it is read before the entries. */
    private ImportSnapshot snapshot(String hubId) {
        ImportLedgerItem ledger = ledgers.getItem(r -> r.key(k -> k.partitionValue(HubKeys.recordsPartition(hubId))
                .sortValue(ImportLedgerItem.SORT_KEY)).consistentRead(true));
        return ledger == null ? ImportSnapshot.NO_IMPORTS : ledger.snapshot();
    }

    private static QueryEnhancedRequest.Builder inQuarter(String partition, Quarter quarter, ImportSnapshot snapshot) {
        return QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(k -> k
                        .partitionValue(partition)
                        .sortValue(DatedRecordKeys.VOLUNTEER_ENTRIES.quarterPrefix(quarter.id()))))
                .filterExpression(countedOnly(snapshot))
                .consistentRead(true);
    }

    /** {@link ImportSnapshot#counts} as a filter expression, so that paging and totals skip the same entries. */
    static Expression countedOnly(ImportSnapshot snapshot) {
        Map<String, String> names = Map.of("#importId", "importId", "#importSeq", "importSeq");
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":lastImportSeq", AttributeValue.fromN(Long.toString(snapshot.lastImportSeq())));
        StringBuilder expression = new StringBuilder("attribute_not_exists(#importId) OR (#importSeq <= :lastImportSeq");
        if (!snapshot.inProgress().isEmpty()) {
            List<String> placeholders = new ArrayList<>();
            for (String importId : snapshot.inProgress().stream().sorted().toList()) {
                String placeholder = ":unfinished" + placeholders.size();
                placeholders.add(placeholder);
                values.put(placeholder, AttributeValue.fromS(importId));
            }
            expression.append(" AND NOT (#importId IN (").append(String.join(", ", placeholders)).append("))");
        }
        expression.append(")");
        return Expression.builder().expression(expression.toString()).expressionNames(names).expressionValues(values).build();
    }

    private static Key key(String hubId, String entryId) {
        return Key.builder().partitionValue(HubKeys.recordsPartition(hubId)).sortValue(DatedRecordKeys.VOLUNTEER_ENTRIES.sortKey(entryId)).build();
    }

    static VolunteerEntryItem toItem(VolunteerEntry entry, QuarterCalendar calendar, Long importSeq) {
        VolunteerEntryItem item = new VolunteerEntryItem();
        item.pk = HubKeys.recordsPartition(entry.hubId());
        item.sk = DatedRecordKeys.VOLUNTEER_ENTRIES.sortKey(entry.entryId());
        item.quarterSk = DatedRecordKeys.VOLUNTEER_ENTRIES.quarterSortKey(calendar.quarterOf(entry.date()).id(), entry.date().toString(), entry.entryId());
        item.entryId = entry.entryId();
        item.hubId = entry.hubId();
        item.volunteerRef = entry.volunteerRef();
        item.date = entry.date().toString();
        item.minutes = entry.minutes();
        item.activity = entry.activity().name();
        item.note = entry.note();
        item.importId = entry.importId();
        item.importSeq = importSeq;
        item.createdAt = entry.createdAt().toString();
        item.version = entry.version();
        item.createdBy = entry.createdBy() != null ? entry.createdBy() : CurrentActor.subjectOrSystem();
        return item;
    }

    static VolunteerEntry toEntry(VolunteerEntryItem item) {
        return new VolunteerEntry(
                item.entryId,
                item.hubId,
                item.volunteerRef,
                LocalDate.parse(item.date),
                item.minutes,
                Activity.valueOf(item.activity),
                item.note,
                item.importId,
                Instant.parse(item.createdAt),
                item.version,
                item.createdBy);
    }
}
