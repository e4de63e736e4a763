package uk.hubreturns.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A service-level agreement between a hub and a provider, with the measures it is judged by. */
public record Agreement(
        String agreementId,
        String hubId,
        String title,
        String provider,
        LocalDate startDate,
        LocalDate endDate,
        List<Measure> measures,
        Instant createdAt,
        Instant updatedAt,
        Long version,
        String createdBy,
        String updatedBy) {

    public Agreement {
        measures = List.copyOf(measures);
    }

    /** {@code createdBy} is null for a new agreement: the repository stamps who created and who last changed it. */
    static Agreement from(String agreementId, String hubId, AgreementDetails details, Instant createdAt, Instant updatedAt, Long version,
                          String createdBy) {
        return new Agreement(agreementId, hubId, details.title(), details.provider(), details.startDate(), details.endDate(),
                details.measures(), createdAt, updatedAt, version, createdBy, null);
    }

    Optional<Measure> measure(String measureId) {
        return measures.stream().filter(measure -> measure.measureId().equals(measureId)).findFirst();
    }
}
