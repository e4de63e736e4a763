package uk.hubreturns.meetings;

import java.time.LocalDate;
import java.util.List;

/** What staff record about a meeting, before the server adds ids and timestamps. */
public record MeetingDetails(
        LocalDate date,
        MeetingType type,
        String title,
        List<String> chairs,
        List<Participant> attendees,
        List<Participant> apologies,
        List<String> decisions,
        List<MeetingAction> actions,
        long costPence) {
}
