package uk.hubreturns.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A partnership meeting of one hub, as stored. */
public record Meeting(
        String meetingId,
        String hubId,
        LocalDate date,
        MeetingType type,
        String title,
        List<String> chairs,
        List<Participant> attendees,
        List<Participant> apologies,
        List<String> decisions,
        List<MeetingAction> actions,
        long costPence,
        Instant createdAt,
        Instant updatedAt,
        Long version,
        String createdBy,
        String updatedBy) {

    public Meeting {
        chairs = List.copyOf(chairs);
        attendees = List.copyOf(attendees);
        apologies = List.copyOf(apologies);
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
    }

    /** {@code createdBy} is null for a new meeting: the repository stamps who created and who last changed it. */
    static Meeting from(String meetingId, String hubId, MeetingDetails details, Instant createdAt, Instant updatedAt, Long version,
                        String createdBy) {
        return new Meeting(meetingId, hubId, details.date(), details.type(), details.title(), details.chairs(),
                details.attendees(), details.apologies(), details.decisions(), details.actions(), details.costPence(),
                createdAt, updatedAt, version, createdBy, null);
    }
}
