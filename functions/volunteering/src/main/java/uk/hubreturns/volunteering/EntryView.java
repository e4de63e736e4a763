package uk.hubreturns.volunteering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A volunteer entry as the API shows it: time in hours, such as {@code 1.50}. */
public record EntryView(
        String entryId,
        String volunteerRef,
        LocalDate date,
        BigDecimal hours,
        Activity activity,
        String note,
        String importId,
        Instant createdAt,
        String createdBy,
        Long version) {

    static EntryView of(VolunteerEntry entry) {
        return new EntryView(entry.entryId(), entry.volunteerRef(), entry.date(), Hours.fromMinutes(entry.minutes()),
                entry.activity(), entry.note(), entry.importId(), entry.createdAt(), entry.createdBy(), entry.version());
    }
}
