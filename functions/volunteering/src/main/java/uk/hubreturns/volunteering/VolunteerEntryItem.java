package uk.hubreturns.volunteering;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A volunteer entry as stored: partition {@code HUB#<hubId>}, sort key {@code VOLUNTEER#<entryId>}, and in the
 * {@code byQuarter} index {@code Q#<quarter>#VOLUNTEER#<date>#<entryId>}. Time is whole {@code minutes}.
 * Imported entries carry their {@code importId} and {@code importSeq} (see {@link ImportSnapshot}).
 */
final class VolunteerEntryItem {

    static final String BY_QUARTER = "byQuarter";

    static final TableSchema<VolunteerEntryItem> SCHEMA = StaticTableSchema.builder(VolunteerEntryItem.class)
            .newItemSupplier(VolunteerEntryItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(e -> e.pk).setter((e, v) -> e.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(e -> e.sk).setter((e, v) -> e.sk = v).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("quarterSk").getter(e -> e.quarterSk).setter((e, v) -> e.quarterSk = v)
                    .tags(secondarySortKey(BY_QUARTER)))
            .addAttribute(String.class, a -> a.name("entryId").getter(e -> e.entryId).setter((e, v) -> e.entryId = v))
            .addAttribute(String.class, a -> a.name("hubId").getter(e -> e.hubId).setter((e, v) -> e.hubId = v))
            .addAttribute(String.class, a -> a.name("volunteerRef").getter(e -> e.volunteerRef).setter((e, v) -> e.volunteerRef = v))
            .addAttribute(String.class, a -> a.name("date").getter(e -> e.date).setter((e, v) -> e.date = v))
            .addAttribute(Integer.class, a -> a.name("minutes").getter(e -> e.minutes).setter((e, v) -> e.minutes = v))
            .addAttribute(String.class, a -> a.name("activity").getter(e -> e.activity).setter((e, v) -> e.activity = v))
            .addAttribute(String.class, a -> a.name("note").getter(e -> e.note).setter((e, v) -> e.note = v))
            .addAttribute(String.class, a -> a.name("importId").getter(e -> e.importId).setter((e, v) -> e.importId = v))
            .addAttribute(Long.class, a -> a.name("importSeq").getter(e -> e.importSeq).setter((e, v) -> e.importSeq = v))
            .addAttribute(String.class, a -> a.name("createdAt").getter(e -> e.createdAt).setter((e, v) -> e.createdAt = v))
            .addAttribute(String.class, a -> a.name("createdBy").getter(e -> e.createdBy).setter((e, v) -> e.createdBy = v))
            .addAttribute(Long.class, a -> a.name("version").getter(e -> e.version).setter((e, v) -> e.version = v)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    String pk;
    String sk;
    String quarterSk;
    String entryId;
    String hubId;
    String volunteerRef;
    String date;
    Integer minutes;
    String activity;
    String note;
    String importId;
    Long importSeq;
    String createdAt;
    String createdBy;
    Long version;
}
