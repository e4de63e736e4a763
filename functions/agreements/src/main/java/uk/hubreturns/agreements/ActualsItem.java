package uk.hubreturns.agreements;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * One quarter's actuals of an agreement: partition {@code HUB#<hubId>}, sort key {@code ACTUALS#<agreementId>#<quarter>},
 * and in the {@code byQuarter} index {@code Q#<quarter>#ACTUALS#<agreementId>}. {@code values} maps a measure id
 * to its actual as a decimal string.
 */
final class ActualsItem {

    static final String BY_QUARTER = "byQuarter";

    static final TableSchema<ActualsItem> SCHEMA = StaticTableSchema.builder(ActualsItem.class)
            .newItemSupplier(ActualsItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(i -> i.pk).setter((i, v) -> i.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(i -> i.sk).setter((i, v) -> i.sk = v).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("quarterSk").getter(i -> i.quarterSk).setter((i, v) -> i.quarterSk = v)
                    .tags(secondarySortKey(BY_QUARTER)))
            .addAttribute(String.class, a -> a.name("agreementId").getter(i -> i.agreementId).setter((i, v) -> i.agreementId = v))
            .addAttribute(String.class, a -> a.name("hubId").getter(i -> i.hubId).setter((i, v) -> i.hubId = v))
            .addAttribute(String.class, a -> a.name("quarter").getter(i -> i.quarter).setter((i, v) -> i.quarter = v))
            .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name("values").getter(i -> i.values).setter((i, v) -> i.values = v))
            .addAttribute(String.class, a -> a.name("commentary").getter(i -> i.commentary).setter((i, v) -> i.commentary = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(i -> i.updatedAt).setter((i, v) -> i.updatedAt = v))
            .addAttribute(String.class, a -> a.name("updatedBy").getter(i -> i.updatedBy).setter((i, v) -> i.updatedBy = v))
            .addAttribute(Long.class, a -> a.name("version").getter(i -> i.version).setter((i, v) -> i.version = v)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    String pk;
    String sk;
    String quarterSk;
    String agreementId;
    String hubId;
    String quarter;
    Map<String, String> values;
    String commentary;
    String updatedAt;
    String updatedBy;
    Long version;
}
