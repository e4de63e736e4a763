package uk.hubreturns.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.inject.Inject;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.common.json.ObjectInput;

/** Validates meeting bodies for POST and PUT, naming every bad field at once. */
public final class MeetingRequestReader {

    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 100;
    static final int MAX_ORGANISATION = 150;
    static final int MAX_PARTICIPANTS = 200;
    static final int MAX_DECISIONS = 100;
    static final int MAX_DECISION = 2_000;
    static final int MAX_ACTIONS = 100;
    static final int MAX_ACTION_DESCRIPTION = 1_000;
    /** £1m: far above any partnership meeting's cost, so anything larger is a typing error. */
    static final long MAX_COST_PENCE = 100_000_000L;

    private final JsonInput json;
    private final Clock clock;

    @Inject
    MeetingRequestReader(JsonInput json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** A new meeting: action ids are the server's to assign. */
    MeetingDetails readNew(String body) {
        return json.read(body, in -> details(in, false));
    }

    /** A replacement: an action may carry the id it was given, to keep it. */
    MeetingDetails readReplacement(String body) {
        return json.read(body, in -> details(in, true));
    }

    private MeetingDetails details(ObjectInput in, boolean actionsMayHaveIds) {
        LocalDate date = in.requiredDate("date");
        if (date != null) {
            LocalDate latest = LocalDate.now(clock).plusYears(1);
            if (date.isAfter(latest)) {
                in.addError("date", "must not be more than a year from today (" + latest + " at the latest)");
            } else if (date.isBefore(EARLIEST_DATE)) {
                in.addError("date", "must not be before " + EARLIEST_DATE);
            }
        }
        MeetingType type = in.requiredEnum("type", MeetingType.class);
        String title = in.requiredText("title", MAX_TITLE);
        List<String> chairs = in.requiredTexts("chairs", 1, 2, MAX_NAME);
        List<Participant> attendees = in.optionalObjects("attendees", MAX_PARTICIPANTS, MeetingRequestReader::participant);
        List<Participant> apologies = in.optionalObjects("apologies", MAX_PARTICIPANTS, MeetingRequestReader::participant);
        List<String> decisions = in.optionalTexts("decisions", MAX_DECISIONS, MAX_DECISION);
        List<MeetingAction> actions = in.optionalObjects("actions", MAX_ACTIONS, action -> action(action, actionsMayHaveIds));
        Long cost = in.wholeNumberOrDefault("costPence", 0, MAX_COST_PENCE, 0);
        return new MeetingDetails(date, type, title, chairs, attendees, apologies, decisions, actions,
                cost == null ? 0 : cost);
    }

    private static Participant participant(ObjectInput in) {
        return new Participant(
                in.requiredText("name", MAX_NAME),
                in.optionalText("organisation", MAX_ORGANISATION),
                in.requiredEnum("sector", Sector.class));
    }

    private static MeetingAction action(ObjectInput in, boolean mayHaveId) {
        String actionId = mayHaveId ? in.optionalText("actionId", 36) : null;
        return new MeetingAction(
                actionId,
                in.requiredText("description", MAX_ACTION_DESCRIPTION),
                in.requiredText("owner", MAX_NAME),
                in.requiredDate("dueDate"),
                in.enumOrDefault("status", ActionStatus.class, ActionStatus.OPEN));
    }
}
