package uk.hubreturns.volunteering;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** An import as stored: partition {@code HUB#<hubId>}, sort key {@code IMPORT#<importId>}. */
final class VolunteerImportItem {

    static final class QuarterTotalsItem {
        static final TableSchema<QuarterTotalsItem> SCHEMA = StaticTableSchema.builder(QuarterTotalsItem.class)
                .newItemSupplier(QuarterTotalsItem::new)
                .addAttribute(String.class, a -> a.name("quarter").getter(q -> q.quarter).setter((q, v) -> q.quarter = v))
                .addAttribute(Long.class, a -> a.name("totalMinutes").getter(q -> q.totalMinutes).setter((q, v) -> q.totalMinutes = v))
                .addAttribute(Integer.class, a -> a.name("distinctVolunteers").getter(q -> q.distinctVolunteers)
                        .setter((q, v) -> q.distinctVolunteers = v))
                .build();

        String quarter;
        Long totalMinutes;
        Integer distinctVolunteers;
    }

    static final String WRITING_UNTIL = "writingUntil";

    private static final EnhancedType<List<QuarterTotalsItem>> QUARTERS =
            EnhancedType.listOf(EnhancedType.documentOf(QuarterTotalsItem.class, QuarterTotalsItem.SCHEMA));

    static final TableSchema<VolunteerImportItem> SCHEMA = StaticTableSchema.builder(VolunteerImportItem.class)
            .newItemSupplier(VolunteerImportItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("importId").getter(i -> i.importId).setter((i, v) -> i.importId = v))
            .addAttribute(String.class, a -> a.name("hubId").getter(i -> i.hubId).setter((i, v) -> i.hubId = v))
            .addAttribute(String.class, a -> a.name("status").getter(i -> i.status).setter((i, v) -> i.status = v))
            .addAttribute(Integer.class, a -> a.name("rowCount").getter(i -> i.rowCount).setter((i, v) -> i.rowCount = v))
            .addAttribute(Long.class, a -> a.name("importSeq").getter(i -> i.importSeq).setter((i, v) -> i.importSeq = v))
            .addAttribute(String.class, a -> a.name("startedAt").getter(i -> i.startedAt).setter((i, v) -> i.startedAt = v))
            .addAttribute(String.class, a -> a.name("completedAt").getter(i -> i.completedAt).setter((i, v) -> i.completedAt = v))
            .addAttribute(Long.class, a -> a.name(WRITING_UNTIL).getter(i -> i.writingUntil).setter((i, v) -> i.writingUntil = v))
            .addAttribute(QUARTERS, a -> a.name("quarters").getter(i -> i.quarters).setter((i, v) -> i.quarters = v))
            .build();

    String pk;
    String sk;
    String importId;
    String hubId;
    String status;
    Integer rowCount;
    Long importSeq;
    String startedAt;
    String completedAt;
    /** Epoch milliseconds until which an upload may still be writing the rows: before then they are not removed. */
    Long writingUntil;
    List<QuarterTotalsItem> quarters;
}
