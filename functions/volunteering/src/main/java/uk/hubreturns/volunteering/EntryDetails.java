package uk.hubreturns.volunteering;

import java.time.LocalDate;

/** What a hub records about some volunteer time, before the server gives it an id. */
public record EntryDetails(String volunteerRef, LocalDate date, int minutes, Activity activity, String note) {
}
