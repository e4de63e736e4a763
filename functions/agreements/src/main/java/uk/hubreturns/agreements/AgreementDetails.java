package uk.hubreturns.agreements;

import java.time.LocalDate;
import java.util.List;

/** What a hub records about a service-level agreement, before the server adds its id and timestamps. */
public record AgreementDetails(String title, String provider, LocalDate startDate, LocalDate endDate, List<Measure> measures) {
}
