package uk.hubreturns.volunteering;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A hub's import ledger (see {@link ImportSnapshot}): partition {@code HUB#<hubId>}, sort key
 * {@code IMPORT_LEDGER}, holding {@code lastImportSeq} (a number) and {@code inProgress} (a string set).
 */
final class ImportLedgerItem {

    static final String SORT_KEY = "IMPORT_LEDGER";
    static final String LAST_IMPORT_SEQ = "lastImportSeq";
    static final String IN_PROGRESS = "inProgress";

    static final TableSchema<ImportLedgerItem> SCHEMA = StaticTableSchema.builder(ImportLedgerItem.class)
            .newItemSupplier(ImportLedgerItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(l -> l.pk).setter((l, v) -> l.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(l -> l.sk).setter((l, v) -> l.sk = v).tags(primarySortKey()))
            .addAttribute(Long.class, a -> a.name(LAST_IMPORT_SEQ).getter(l -> l.lastImportSeq).setter((l, v) -> l.lastImportSeq = v))
            .addAttribute(EnhancedType.setOf(String.class), a -> a.name(IN_PROGRESS).getter(l -> l.inProgress).setter((l, v) -> l.inProgress = v))
            .build();

    String pk;
    String sk;
    Long lastImportSeq;
    Set<String> inProgress;

    ImportSnapshot snapshot() {
        return new ImportSnapshot(lastImportSeq == null ? 0 : lastImportSeq, inProgress == null ? Set.of() : inProgress);
    }
}
