package uk.hubreturns.agreements;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * An agreement as stored: partition {@code HUB#<hubId>}, sort key {@code AGREEMENT#<agreementId>}.
 * Targets and tolerances are decimal strings, so they read back exactly as they were written.
 */
final class AgreementItem {

    static final class MeasureItem {
        static final TableSchema<MeasureItem> SCHEMA = StaticTableSchema.builder(MeasureItem.class)
                .newItemSupplier(MeasureItem::new)
                .addAttribute(String.class, a -> a.name("measureId").getter(m -> m.measureId).setter((m, v) -> m.measureId = v))
                .addAttribute(String.class, a -> a.name("name").getter(m -> m.name).setter((m, v) -> m.name = v))
                .addAttribute(String.class, a -> a.name("unit").getter(m -> m.unit).setter((m, v) -> m.unit = v))
                .addAttribute(String.class, a -> a.name("target").getter(m -> m.target).setter((m, v) -> m.target = v))
                .addAttribute(String.class, a -> a.name("direction").getter(m -> m.direction).setter((m, v) -> m.direction = v))
                .addAttribute(String.class, a -> a.name("amberTolerancePercent").getter(m -> m.amberTolerancePercent)
                        .setter((m, v) -> m.amberTolerancePercent = v))
                .build();

        String measureId;
        String name;
        String unit;
        String target;
        String direction;
        String amberTolerancePercent;
    }

    private static final EnhancedType<List<MeasureItem>> MEASURES =
            EnhancedType.listOf(EnhancedType.documentOf(MeasureItem.class, MeasureItem.SCHEMA));

    static final TableSchema<AgreementItem> SCHEMA = StaticTableSchema.builder(AgreementItem.class)
            .newItemSupplier(AgreementItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("agreementId").getter(i -> i.agreementId).setter((i, v) -> i.agreementId = v))
            .addAttribute(String.class, a -> a.name("hubId").getter(i -> i.hubId).setter((i, v) -> i.hubId = v))
            .addAttribute(String.class, a -> a.name("title").getter(i -> i.title).setter((i, v) -> i.title = v))
            .addAttribute(String.class, a -> a.name("provider").getter(i -> i.provider).setter((i, v) -> i.provider = v))
            .addAttribute(String.class, a -> a.name("startDate").getter(i -> i.startDate).setter((i, v) -> i.startDate = v))
            .addAttribute(String.class, a -> a.name("endDate").getter(i -> i.endDate).setter((i, v) -> i.endDate = v))
            .addAttribute(MEASURES, a -> a.name("measures").getter(i -> i.measures).setter((i, v) -> i.measures = v))
            .addAttribute(String.class, a -> a.name("createdAt").getter(i -> i.createdAt).setter((i, v) -> i.createdAt = v))
            .addAttribute(String.class, a -> a.name("createdBy").getter(i -> i.createdBy).setter((i, v) -> i.createdBy = v))
            .addAttribute(String.class, a -> a.name("updatedBy").getter(i -> i.updatedBy).setter((i, v) -> i.updatedBy = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    String pk;
    String sk;
    String agreementId;
    String hubId;
    String title;
    String provider;
    String startDate;
    String endDate;
    List<MeasureItem> measures;
    String createdAt;
    String createdBy;
    String updatedBy;
    String updatedAt;
    Long version;
}
