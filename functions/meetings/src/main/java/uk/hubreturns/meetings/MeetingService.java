package uk.hubreturns.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.domain.RecordIds;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.Versions;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.HubIds;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.time.Quarter;

public final class MeetingService {

    private final MeetingRepository meetings;
    private final KnownHubs hubs;
    private final Clock clock;

    @Inject
    MeetingService(MeetingRepository meetings, KnownHubs hubs, Clock clock) {
        this.meetings = meetings;
        this.hubs = hubs;
        this.clock = clock;
    }

    public Meeting record(String hubId, MeetingDetails details) {
        hubs.require(hubId);
        Instant now = clock.instant();
        List<MeetingAction> actions = details.actions().stream().map(action -> action.withId(RecordIds.next())).toList();
        return meetings.create(Meeting.from(RecordIds.next(), hubId, withActions(details, actions), now, now, null, null));
    }

    public Page<Meeting> listInQuarter(String hubId, Quarter quarter, PageRequest page) {
        hubs.require(hubId);
        return meetings.listInQuarter(hubId, quarter, page);
    }

    public Meeting get(String hubId, String meetingId) {
        RecordNotFoundException notFound = new RecordNotFoundException(HubIds.isValid(hubId) && RecordIds.isWellFormed(meetingId)
                ? "Hub '" + hubId + "' has no meeting with id '" + meetingId + "'."
                : "There is no such meeting.");
        if (!HubIds.isValid(hubId) || !RecordIds.isWellFormed(meetingId)) {
            throw notFound;
        }
        return meetings.find(hubId, meetingId).orElseThrow(() -> notFound);
    }

    /** Replaces everything staff recorded; actions keep their ids when the request names them. */
    public Meeting replace(String hubId, String meetingId, MeetingDetails details, long expectedVersion) {
        Meeting current = get(hubId, meetingId);
        Versions.require(expectedVersion, current.version(), "Meeting '" + meetingId + "'");
        Set<String> knownActions = current.actions().stream().map(MeetingAction::actionId).collect(Collectors.toSet());
        FieldErrors errors = new FieldErrors();
        List<MeetingAction> actions = new ArrayList<>();
        for (int i = 0; i < details.actions().size(); i++) {
            MeetingAction action = details.actions().get(i);
            if (action.actionId() == null) {
                actions.add(action.withId(RecordIds.next()));
            } else if (knownActions.contains(action.actionId())) {
                actions.add(action);
            } else {
                errors.add("actions[" + i + "].actionId", "is not an action of this meeting; leave it out for a new action");
            }
        }
        errors.throwIfAny();
        return meetings.update(Meeting.from(meetingId, hubId, withActions(details, actions),
                current.createdAt(), clock.instant(), current.version(), current.createdBy()), current.date());
    }

    public void delete(String hubId, String meetingId, long expectedVersion) {
        Meeting current = get(hubId, meetingId);
        Versions.require(expectedVersion, current.version(), "Meeting '" + meetingId + "'");
        meetings.delete(current);
    }

    private static MeetingDetails withActions(MeetingDetails details, List<MeetingAction> actions) {
        return new MeetingDetails(details.date(), details.type(), details.title(), details.chairs(), details.attendees(),
                details.apologies(), details.decisions(), actions, details.costPence());
    }
}
