package uk.hubreturns.volunteering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;
import uk.hubreturns.common.dynamodb.BatchWriter;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.dynamodb.TransactionCancellation;
import uk.hubreturns.common.dynamodb.DatedRecordKeys;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.returns.DynamoDbQuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.volunteering.VolunteerImportItem.QuarterTotalsItem;

@Singleton
public final class DynamoDbVolunteerImportRepository implements VolunteerImportRepository {

    private static final Map<String, String> LEDGER_NAMES =
            Map.of("#inProgress", ImportLedgerItem.IN_PROGRESS);
    private static final Map<String, String> STATUS_NAME = Map.of("#status", "status");
    private static final Map<String, String> STATUS_AND_LEASE_NAMES = Map.of("#status", "status", "#writingUntil", VolunteerImportItem.WRITING_UNTIL);

    private final DynamoDbClient client;
    private final String tableName;
    private final DynamoDbTable<VolunteerImportItem> imports;
    private final DynamoDbTable<ImportLedgerItem> ledgers;
    private final BatchWriter batchWriter;
    private final QuarterCalendar calendar;

    @Inject
    DynamoDbVolunteerImportRepository(DynamoDbClient client, DynamoDbEnhancedClient enhancedClient, @RecordsTableName String tableName,
                                      BatchWriter batchWriter, QuarterCalendar calendar) {
        this.client = client;
        this.tableName = tableName;
        this.imports = enhancedClient.table(tableName, VolunteerImportItem.SCHEMA);
        this.ledgers = enhancedClient.table(tableName, ImportLedgerItem.SCHEMA);
        this.batchWriter = batchWriter;
        this.calendar = calendar;
    }

    @Override
    public Optional<VolunteerImport> find(String hubId, String importId) {
        VolunteerImportItem item = imports.getItem(r -> r.key(importKey(hubId, importId)).consistentRead(true));
        return Optional.ofNullable(item).map(DynamoDbVolunteerImportRepository::toImport);
    }

    @Override
    public VolunteerImport begin(String hubId, String importId, int rowCount, Instant startedAt, Instant writingUntil) {
        long importSeq = joinLedger(hubId, importId);
        VolunteerImport started = new VolunteerImport(importId, hubId, ImportStatus.IN_PROGRESS, rowCount, importSeq, startedAt, null, List.of());
        Expression isNew = Expression.builder().expression("attribute_not_exists(pk)").build();
        VolunteerImportItem item = toItem(started);
        item.writingUntil = writingUntil.toEpochMilli();
        try {
            imports.putItem(PutItemEnhancedRequest.builder(VolunteerImportItem.class).item(item).conditionExpression(isNew).build());
        } catch (ConditionalCheckFailedException e) {
            return find(hubId, importId).orElseThrow(() -> new IllegalStateException("An import record vanished straight after existing"));
        }
        return started;
    }

    /** Takes the hub's next import number and lists the import as unfinished, in one write. */
    private long joinLedger(String hubId, String importId) {
        UpdateItemResponse response;
        try {
            response = client.updateItem(r -> r
                    .tableName(tableName)
                    .key(ledgerKey(hubId))
                    .updateExpression("ADD #lastImportSeq :one, #inProgress :ids")
                    .conditionExpression("attribute_not_exists(#inProgress) OR size(#inProgress) < :max OR contains(#inProgress, :id)")
                    .expressionAttributeNames(Map.of("#lastImportSeq", ImportLedgerItem.LAST_IMPORT_SEQ, "#inProgress", ImportLedgerItem.IN_PROGRESS))
                    .expressionAttributeValues(Map.of(
                            ":one", AttributeValue.fromN("1"),
                            ":ids", AttributeValue.fromSs(List.of(importId)),
                            ":max", AttributeValue.fromN(Integer.toString(MAX_UNFINISHED)),
                            ":id", AttributeValue.fromS(importId)))
                    .returnValues(ReturnValue.UPDATED_NEW));
        } catch (ConditionalCheckFailedException e) {
            throw new RecordConflictException("Hub '" + hubId + "' already has " + MAX_UNFINISHED + " imports that did not finish. "
                    + "Upload each of those files again to finish it, or delete it, before importing another file.");
        }
        return Long.parseLong(response.attributes().get(ImportLedgerItem.LAST_IMPORT_SEQ).n());
    }

    @Override
    public VolunteerImport holdForWriting(VolunteerImport volunteerImport, Instant writingUntil) {
        try {
            client.updateItem(r -> r.tableName(tableName).key(importKeyMap(volunteerImport))
                    .updateExpression("SET #writingUntil = :until")
                    .conditionExpression("#status = :inProgress")
                    .expressionAttributeNames(STATUS_AND_LEASE_NAMES)
                    .expressionAttributeValues(Map.of(":until", AttributeValue.fromN(Long.toString(writingUntil.toEpochMilli())),
                            ":inProgress", AttributeValue.fromS(ImportStatus.IN_PROGRESS.name()))));
            return volunteerImport;
        } catch (ConditionalCheckFailedException e) {
            Optional<VolunteerImport> now = find(volunteerImport.hubId(), volunteerImport.importId());
            if (now.isPresent() && now.get().status() == ImportStatus.COMPLETE) {
                return now.get();
            }
            throw new RecordConflictException("Import " + volunteerImport.importId() + " of this file is being removed (or was removed "
                    + "just now), so it was not written again. Send DELETE /hubs/" + volunteerImport.hubId() + "/volunteer-hours/imports/"
                    + volunteerImport.importId() + " to finish removing it if it did not finish, then upload the file again.");
        }
    }

    @Override
    public void stopWriting(VolunteerImport volunteerImport) {
        try {
            client.updateItem(r -> r.tableName(tableName).key(importKeyMap(volunteerImport))
                    .updateExpression("REMOVE #writingUntil")
                    .conditionExpression("#status = :inProgress")
                    .expressionAttributeNames(STATUS_AND_LEASE_NAMES)
                    .expressionAttributeValues(Map.of(":inProgress", AttributeValue.fromS(ImportStatus.IN_PROGRESS.name()))));
        } catch (ConditionalCheckFailedException e) {
            // Completed or being removed meanwhile: nothing is held for this upload any more.
        }
    }

    @Override
    public VolunteerImport claimForRemoval(VolunteerImport volunteerImport, Instant now) {
        try {
            client.updateItem(r -> r.tableName(tableName).key(importKeyMap(volunteerImport))
                    .updateExpression("SET #status = :removing")
                    .conditionExpression("(#status = :inProgress OR #status = :removing) "
                            + "AND (attribute_not_exists(#writingUntil) OR #writingUntil < :now)")
                    .expressionAttributeNames(STATUS_AND_LEASE_NAMES)
                    .expressionAttributeValues(Map.of(":inProgress", AttributeValue.fromS(ImportStatus.IN_PROGRESS.name()),
                            ":removing", AttributeValue.fromS(ImportStatus.REMOVING.name()),
                            ":now", AttributeValue.fromN(Long.toString(now.toEpochMilli())))));
        } catch (ConditionalCheckFailedException e) {
            VolunteerImportItem current = imports.getItem(g -> g.key(importKey(volunteerImport.hubId(), volunteerImport.importId())).consistentRead(true));
            if (current == null) {
                throw new RecordConflictException("Import " + volunteerImport.importId() + " was removed meanwhile.");
            }
            if (ImportStatus.COMPLETE.name().equals(current.status)) {
                throw new RecordConflictException("Import " + volunteerImport.importId() + " was completed meanwhile, so it was not removed; "
                        + "its rows count. Delete wrong entries one at a time instead.");
            }
            if (current.writingUntil == null) {
                throw concurrentChange(volunteerImport, "remove", e); // the upload let go between the update and this read
            }
            throw new RecordConflictException("Import " + volunteerImport.importId() + " is still being written by an upload of its file, "
                    + "so it was not removed: wait for that upload's answer. If the answer is an error, or none comes by "
                    + Instant.ofEpochMilli(current.writingUntil) + ", send this request again.");
        }
        return new VolunteerImport(volunteerImport.importId(), volunteerImport.hubId(), ImportStatus.REMOVING, volunteerImport.rowCount(),
                volunteerImport.importSeq(), volunteerImport.startedAt(), null, List.of());
    }

    @Override
    public void writeEntries(VolunteerImport volunteerImport, List<VolunteerEntry> entries) {
        List<WriteRequest> writes = new ArrayList<>(entries.size());
        for (VolunteerEntry entry : entries) {
            VolunteerEntryItem item = DynamoDbVolunteerHoursRepository.toItem(entry, calendar, volunteerImport.importSeq());
            item.version = 1L;
            Map<String, AttributeValue> attributes = VolunteerEntryItem.SCHEMA.itemToMap(item, true);
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(attributes).build()).build());
        }
        batchWriter.write(tableName, writes);
    }

    @Override
    public VolunteerImport complete(VolunteerImport volunteerImport, List<QuarterTotals> quarters, Instant completedAt) {
        VolunteerImport completed = new VolunteerImport(volunteerImport.importId(), volunteerImport.hubId(), ImportStatus.COMPLETE,
                volunteerImport.rowCount(), volunteerImport.importSeq(), volunteerImport.startedAt(), completedAt, quarters);
        TransactWriteItem markComplete = TransactWriteItem.builder().put(p -> p
                .tableName(tableName)
                .item(VolunteerImportItem.SCHEMA.itemToMap(toItem(completed), true))
                .conditionExpression("#status = :inProgress")
                .expressionAttributeNames(STATUS_NAME)
                .expressionAttributeValues(Map.of(":inProgress", AttributeValue.fromS(ImportStatus.IN_PROGRESS.name()))))
                .build();
        List<TransactWriteItem> transaction = new ArrayList<>(List.of(markComplete, leaveLedger(volunteerImport.hubId(), volunteerImport.importId())));
        quarters.forEach(totals -> transaction.add(DynamoDbQuarterSignOffs.stillOpen(tableName, totals.quarter())));
        try {
            client.transactWriteItems(r -> r.transactItems(transaction));
        } catch (TransactionCanceledException e) {
            List<Quarter> signedOff = signedOffMeanwhile(e, quarters);
            if (!signedOff.isEmpty()) {
                stopWriting(volunteerImport);
                throw new RecordConflictException("Quarter " + signedOff.get(0).id() + " was signed off while this file's rows were being "
                        + "written, so none of them count. If they belong in it, ask a county administrator to reopen it, then upload the "
                        + "same file again; otherwise remove the import with DELETE /hubs/" + volunteerImport.hubId()
                        + "/volunteer-hours/imports/" + volunteerImport.importId() + ".");
            }
            VolunteerImport now = find(volunteerImport.hubId(), volunteerImport.importId()).orElseThrow(() -> new RecordConflictException(
                    "Import " + volunteerImport.importId() + " was deleted while its rows were being written; upload the file again."));
            if (now.status() == ImportStatus.COMPLETE) {
                return now;
            }
            if (now.status() == ImportStatus.REMOVING) {
                throw new RecordConflictException("Import " + volunteerImport.importId() + " was removed while its rows were being written, "
                        + "so none of them count; upload the file again once the removal has finished.");
            }
            throw concurrentChange(volunteerImport, "finish", e);
        }
        return completed;
    }

    @Override
    public void releaseIfComplete(String hubId, String importId) {
        ImportLedgerItem ledger = ledgers.getItem(r -> r.key(k -> k.partitionValue(HubKeys.recordsPartition(hubId))
                .sortValue(ImportLedgerItem.SORT_KEY)).consistentRead(true));
        if (ledger == null || ledger.inProgress == null || !ledger.inProgress.contains(importId)) {
            return;
        }
        TransactWriteItem isComplete = TransactWriteItem.builder().conditionCheck(c -> c
                .tableName(tableName)
                .key(importKey(hubId, importId).primaryKeyMap(VolunteerImportItem.SCHEMA))
                .conditionExpression("#status = :complete")
                .expressionAttributeNames(STATUS_NAME)
                .expressionAttributeValues(Map.of(":complete", AttributeValue.fromS(ImportStatus.COMPLETE.name()))))
                .build();
        try {
            client.transactWriteItems(r -> r.transactItems(isComplete, leaveLedger(hubId, importId)));
        } catch (TransactionCanceledException e) {
            if (!TransactionCancellation.anyConditionFailed(e)) {
                throw new TemporarilyUnavailableException("Another change to this hub's imports happened at the same moment; try again.", 1, e);
            }
            // The import is not complete after all, so it rightly stays listed as unfinished.
        }
    }

    @Override
    public void deleteEntries(VolunteerImport volunteerImport) {
        List<WriteRequest> deletes = new ArrayList<>(volunteerImport.rowCount());
        for (int row = 1; row <= volunteerImport.rowCount(); row++) {
            Map<String, AttributeValue> key = Map.of(
                    "pk", AttributeValue.fromS(HubKeys.recordsPartition(volunteerImport.hubId())),
                    "sk", AttributeValue.fromS(DatedRecordKeys.VOLUNTEER_ENTRIES.sortKey(VolunteerImport.entryId(volunteerImport.importId(), row))));
            deletes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build()).build());
        }
        batchWriter.write(tableName, deletes);
    }

    @Override
    public void remove(VolunteerImport volunteerImport) {
        TransactWriteItem deleteUnfinished = TransactWriteItem.builder().delete(d -> d
                .tableName(tableName)
                .key(importKeyMap(volunteerImport))
                .conditionExpression("#status = :removing")
                .expressionAttributeNames(STATUS_NAME)
                .expressionAttributeValues(Map.of(":removing", AttributeValue.fromS(ImportStatus.REMOVING.name()))))
                .build();
        try {
            client.transactWriteItems(r -> r.transactItems(deleteUnfinished, leaveLedger(volunteerImport.hubId(), volunteerImport.importId())));
        } catch (TransactionCanceledException e) {
            Optional<VolunteerImport> now = find(volunteerImport.hubId(), volunteerImport.importId());
            if (now.isEmpty()) {
                return;
            }
            throw concurrentChange(volunteerImport, "remove", e);
        }
    }

    private TransactWriteItem leaveLedger(String hubId, String importId) {
        return TransactWriteItem.builder().update(u -> u
                .tableName(tableName)
                .key(ledgerKey(hubId))
                .updateExpression("DELETE #inProgress :ids")
                .expressionAttributeNames(LEDGER_NAMES)
                .expressionAttributeValues(Map.of(":ids", AttributeValue.fromSs(List.of(importId)))))
                .build();
    }

    /** The quarters whose "still open" check (after the import's two items in the transaction) failed. */
    private static List<Quarter> signedOffMeanwhile(TransactionCanceledException e, List<QuarterTotals> quarters) {
        List<Quarter> signedOff = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            if (TransactionCancellation.conditionFailedAt(e, 2 + i)) {
                signedOff.add(quarters.get(i).quarter());
            }
        }
        return signedOff;
    }

    private static TemporarilyUnavailableException concurrentChange(VolunteerImport volunteerImport, String action, Throwable cause) {
        return new TemporarilyUnavailableException("Could not " + action + " import " + volunteerImport.importId()
                + " because another change to this hub's imports happened at the same moment; send the same request again.", 1, cause);
    }

    private static Map<String, AttributeValue> importKeyMap(VolunteerImport volunteerImport) {
        return importKey(volunteerImport.hubId(), volunteerImport.importId()).primaryKeyMap(VolunteerImportItem.SCHEMA);
    }

    private static Key importKey(String hubId, String importId) {
        return Key.builder().partitionValue(HubKeys.recordsPartition(hubId)).sortValue(VolunteerKeys.importSortKey(importId)).build();
    }

    private static Map<String, AttributeValue> ledgerKey(String hubId) {
        return Map.of(
                "pk", AttributeValue.fromS(HubKeys.recordsPartition(hubId)),
                "sk", AttributeValue.fromS(ImportLedgerItem.SORT_KEY));
    }

    private static VolunteerImportItem toItem(VolunteerImport volunteerImport) {
        VolunteerImportItem item = new VolunteerImportItem();
        item.pk = HubKeys.recordsPartition(volunteerImport.hubId());
        item.sk = VolunteerKeys.importSortKey(volunteerImport.importId());
        item.importId = volunteerImport.importId();
        item.hubId = volunteerImport.hubId();
        item.status = volunteerImport.status().name();
        item.rowCount = volunteerImport.rowCount();
        item.importSeq = volunteerImport.importSeq();
        item.startedAt = volunteerImport.startedAt().toString();
        item.completedAt = volunteerImport.completedAt() == null ? null : volunteerImport.completedAt().toString();
        item.quarters = volunteerImport.quarters().stream().map(totals -> {
            QuarterTotalsItem quarter = new QuarterTotalsItem();
            quarter.quarter = totals.quarter().id();
            quarter.totalMinutes = totals.totalMinutes();
            quarter.distinctVolunteers = totals.distinctVolunteers();
            return quarter;
        }).toList();
        return item;
    }

    private static VolunteerImport toImport(VolunteerImportItem item) {
        List<QuarterTotals> quarters = item.quarters == null ? List.of() : item.quarters.stream()
                .map(q -> new QuarterTotals(Quarter.parse(q.quarter).orElseThrow(), q.totalMinutes, q.distinctVolunteers))
                .toList();
        return new VolunteerImport(
                item.importId,
                item.hubId,
                ImportStatus.valueOf(item.status),
                item.rowCount,
                item.importSeq,
                Instant.parse(item.startedAt),
                item.completedAt == null ? null : Instant.parse(item.completedAt),
                quarters);
    }
}
