package uk.hubreturns.volunteering;

import java.time.Instant;
import java.time.LocalDate;

/** Some volunteer time logged by a hub; {@code importId} is set when it came from a spreadsheet. */
public record VolunteerEntry(
        String entryId,
        String hubId,
        String volunteerRef,
        LocalDate date,
        int minutes,
        Activity activity,
        String note,
        String importId,
        Instant createdAt,
        Long version,
        String createdBy) {

    static VolunteerEntry from(String entryId, String hubId, EntryDetails details, String importId, Instant createdAt) {
        return new VolunteerEntry(entryId, hubId, details.volunteerRef(), details.date(), details.minutes(),
                details.activity(), details.note(), importId, createdAt, null, null);
    }
}
