package uk.hubreturns.meetings;

import java.time.Instant;
import java.time.LocalDate;
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
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.http.PreconditionFailedException;
import uk.hubreturns.common.dynamodb.DatedRecordKeys;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.ledger.CurrentActor;
import uk.hubreturns.common.returns.OpenQuarterWrites;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.meetings.MeetingItem.ActionItem;
import uk.hubreturns.meetings.MeetingItem.ParticipantItem;

@Singleton
public final class DynamoDbMeetingRepository implements MeetingRepository {

    private final DynamoDbTable<MeetingItem> table;
    private final DynamoDbIndex<MeetingItem> byQuarter;
    private final QuarterCalendar calendar;
    private final PagedQuery pagedQuery;
    private final OpenQuarterWrites openQuarters;

    @Inject
    DynamoDbMeetingRepository(DynamoDbEnhancedClient client, @RecordsTableName String tableName,
                              QuarterCalendar calendar, PagedQuery pagedQuery, OpenQuarterWrites openQuarters) {
        this.table = client.table(tableName, MeetingItem.SCHEMA);
        this.byQuarter = table.index(MeetingItem.BY_QUARTER);
        this.calendar = calendar;
        this.pagedQuery = pagedQuery;
        this.openQuarters = openQuarters;
    }

    @Override
    public Meeting create(Meeting meeting) {
        MeetingItem item = toItem(meeting);
        item.version = null;
        openQuarters.put(table, item, List.of(calendar.quarterOf(meeting.date())),
                () -> new RecordConflictException("A meeting with id '" + meeting.meetingId() + "' already exists."));
        item.version = StoredVersion.afterPut(null);
        return toMeeting(item);
    }

    @Override
    public Optional<Meeting> find(String hubId, String meetingId) {
        MeetingItem item = table.getItem(r -> r.key(key(hubId, meetingId)).consistentRead(true));
        return Optional.ofNullable(item).map(DynamoDbMeetingRepository::toMeeting);
    }

    @Override
    public Page<Meeting> listInQuarter(String hubId, Quarter quarter, PageRequest page) {
        String partition = HubKeys.recordsPartition(hubId);
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(k -> k
                        .partitionValue(partition)
                        .sortValue(DatedRecordKeys.MEETINGS.quarterPrefix(quarter.id()))))
                .scanIndexForward(false)
                .consistentRead(true);
        return pagedQuery.onIndex(byQuarter, "quarterSk", partition, query, page).map(DynamoDbMeetingRepository::toMeeting);
    }

    @Override
    public Meeting update(Meeting meeting, LocalDate previousDate) {
        MeetingItem item = toItem(meeting);
        openQuarters.put(table, item, List.of(calendar.quarterOf(previousDate), calendar.quarterOf(meeting.date())),
                () -> changedMeanwhile(meeting));
        item.version = StoredVersion.afterPut(meeting.version());
        return toMeeting(item);
    }

    @Override
    public void delete(Meeting meeting) {
        Expression unchanged = Expression.builder()
                .expression("#version = :version")
                .expressionNames(Map.of("#version", "version"))
                .expressionValues(Map.of(":version", AttributeValue.fromN(Long.toString(meeting.version()))))
                .build();
        openQuarters.delete(table, key(meeting.hubId(), meeting.meetingId()), unchanged, List.of(calendar.quarterOf(meeting.date())),
                () -> changedMeanwhile(meeting));
    }

    private static PreconditionFailedException changedMeanwhile(Meeting meeting) {
        return new PreconditionFailedException("Meeting '" + meeting.meetingId()
                + "' was changed or deleted by someone else meanwhile; read it again.");
    }

    private static Key key(String hubId, String meetingId) {
        return Key.builder().partitionValue(HubKeys.recordsPartition(hubId)).sortValue(DatedRecordKeys.MEETINGS.sortKey(meetingId)).build();
    }

    private MeetingItem toItem(Meeting meeting) {
        MeetingItem item = new MeetingItem();
        item.pk = HubKeys.recordsPartition(meeting.hubId());
        item.sk = DatedRecordKeys.MEETINGS.sortKey(meeting.meetingId());
        item.quarterSk = DatedRecordKeys.MEETINGS.quarterSortKey(calendar.quarterOf(meeting.date()).id(), meeting.date().toString(),
                meeting.meetingId());
        item.meetingId = meeting.meetingId();
        item.hubId = meeting.hubId();
        item.date = meeting.date().toString();
        item.type = meeting.type().name();
        item.title = meeting.title();
        item.chairs = meeting.chairs();
        item.attendees = toItems(meeting.attendees());
        item.apologies = toItems(meeting.apologies());
        item.decisions = meeting.decisions();
        item.actions = meeting.actions().stream().map(DynamoDbMeetingRepository::toItem).toList();
        item.costPence = meeting.costPence();
        item.createdAt = meeting.createdAt().toString();
        item.updatedAt = meeting.updatedAt().toString();
        item.version = meeting.version();
        item.createdBy = meeting.createdBy() != null ? meeting.createdBy() : CurrentActor.subjectOrSystem();
        item.updatedBy = CurrentActor.subjectOrSystem();
        return item;
    }

    private static List<ParticipantItem> toItems(List<Participant> participants) {
        return participants.stream().map(participant -> {
            ParticipantItem item = new ParticipantItem();
            item.name = participant.name();
            item.organisation = participant.organisation();
            item.sector = participant.sector().name();
            return item;
        }).toList();
    }

    private static ActionItem toItem(MeetingAction action) {
        ActionItem item = new ActionItem();
        item.actionId = action.actionId();
        item.description = action.description();
        item.owner = action.owner();
        item.dueDate = action.dueDate().toString();
        item.status = action.status().name();
        return item;
    }

    static Meeting toMeeting(MeetingItem item) {
        return new Meeting(
                item.meetingId,
                item.hubId,
                LocalDate.parse(item.date),
                MeetingType.valueOf(item.type),
                item.title,
                item.chairs,
                toParticipants(item.attendees),
                toParticipants(item.apologies),
                item.decisions,
                item.actions.stream()
                        .map(a -> new MeetingAction(a.actionId, a.description, a.owner, LocalDate.parse(a.dueDate), ActionStatus.valueOf(a.status)))
                        .toList(),
                item.costPence,
                Instant.parse(item.createdAt),
                Instant.parse(item.updatedAt),
                item.version,
                item.createdBy,
                item.updatedBy);
    }

    private static List<Participant> toParticipants(List<ParticipantItem> items) {
        return items.stream().map(p -> new Participant(p.name, p.organisation, Sector.valueOf(p.sector))).toList();
    }
}
