package uk.hubreturns.meetings;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A meeting as stored: partition {@code HUB#<hubId>}, sort key {@code MEETING#<meetingId>}, and in the
 * {@code byQuarter} index {@code Q#<quarter>#MEETING#<date>#<meetingId>}.
 */
final class MeetingItem {

    static final String BY_QUARTER = "byQuarter";

    static final class ParticipantItem {
        static final TableSchema<ParticipantItem> SCHEMA = StaticTableSchema.builder(ParticipantItem.class)
                .newItemSupplier(ParticipantItem::new)
                .addAttribute(String.class, a -> a.name("name").getter(p -> p.name).setter((p, v) -> p.name = v))
                .addAttribute(String.class, a -> a.name("organisation").getter(p -> p.organisation).setter((p, v) -> p.organisation = v))
                .addAttribute(String.class, a -> a.name("sector").getter(p -> p.sector).setter((p, v) -> p.sector = v))
                .build();

        String name;
        String organisation;
        String sector;
    }

    static final class ActionItem {
        static final TableSchema<ActionItem> SCHEMA = StaticTableSchema.builder(ActionItem.class)
                .newItemSupplier(ActionItem::new)
                .addAttribute(String.class, a -> a.name("actionId").getter(p -> p.actionId).setter((p, v) -> p.actionId = v))
                .addAttribute(String.class, a -> a.name("description").getter(p -> p.description).setter((p, v) -> p.description = v))
                .addAttribute(String.class, a -> a.name("owner").getter(p -> p.owner).setter((p, v) -> p.owner = v))
                .addAttribute(String.class, a -> a.name("dueDate").getter(p -> p.dueDate).setter((p, v) -> p.dueDate = v))
                .addAttribute(String.class, a -> a.name("status").getter(p -> p.status).setter((p, v) -> p.status = v))
                .build();

        String actionId;
        String description;
        String owner;
        String dueDate;
        String status;
    }

    private static final EnhancedType<List<ParticipantItem>> PARTICIPANTS =
            EnhancedType.listOf(EnhancedType.documentOf(ParticipantItem.class, ParticipantItem.SCHEMA));
    private static final EnhancedType<List<ActionItem>> ACTIONS =
            EnhancedType.listOf(EnhancedType.documentOf(ActionItem.class, ActionItem.SCHEMA));

    static final TableSchema<MeetingItem> SCHEMA = StaticTableSchema.builder(MeetingItem.class)
            .newItemSupplier(MeetingItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(m -> m.pk).setter((m, v) -> m.pk = v).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(m -> m.sk).setter((m, v) -> m.sk = v).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("quarterSk").getter(m -> m.quarterSk).setter((m, v) -> m.quarterSk = v)
                    .tags(secondarySortKey(BY_QUARTER)))
            .addAttribute(String.class, a -> a.name("meetingId").getter(m -> m.meetingId).setter((m, v) -> m.meetingId = v))
            .addAttribute(String.class, a -> a.name("hubId").getter(m -> m.hubId).setter((m, v) -> m.hubId = v))
            .addAttribute(String.class, a -> a.name("date").getter(m -> m.date).setter((m, v) -> m.date = v))
            .addAttribute(String.class, a -> a.name("type").getter(m -> m.type).setter((m, v) -> m.type = v))
            .addAttribute(String.class, a -> a.name("title").getter(m -> m.title).setter((m, v) -> m.title = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("chairs").getter(m -> m.chairs).setter((m, v) -> m.chairs = v))
            .addAttribute(PARTICIPANTS, a -> a.name("attendees").getter(m -> m.attendees).setter((m, v) -> m.attendees = v))
            .addAttribute(PARTICIPANTS, a -> a.name("apologies").getter(m -> m.apologies).setter((m, v) -> m.apologies = v))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("decisions").getter(m -> m.decisions).setter((m, v) -> m.decisions = v))
            .addAttribute(ACTIONS, a -> a.name("actions").getter(m -> m.actions).setter((m, v) -> m.actions = v))
            .addAttribute(Long.class, a -> a.name("costPence").getter(m -> m.costPence).setter((m, v) -> m.costPence = v))
            .addAttribute(String.class, a -> a.name("createdAt").getter(m -> m.createdAt).setter((m, v) -> m.createdAt = v))
            .addAttribute(String.class, a -> a.name("createdBy").getter(m -> m.createdBy).setter((m, v) -> m.createdBy = v))
            .addAttribute(String.class, a -> a.name("updatedBy").getter(m -> m.updatedBy).setter((m, v) -> m.updatedBy = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(m -> m.updatedAt).setter((m, v) -> m.updatedAt = v))
            .addAttribute(Long.class, a -> a.name("version").getter(m -> m.version).setter((m, v) -> m.version = v)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    String pk;
    String sk;
    String quarterSk;
    String meetingId;
    String hubId;
    String date;
    String type;
    String title;
    List<String> chairs;
    List<ParticipantItem> attendees;
    List<ParticipantItem> apologies;
    List<String> decisions;
    List<ActionItem> actions;
    Long costPence;
    String createdAt;
    String createdBy;
    String updatedBy;
    String updatedAt;
    Long version;
}
