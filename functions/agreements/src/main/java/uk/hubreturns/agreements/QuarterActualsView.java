package uk.hubreturns.agreements;

import java.time.Instant;
import java.util.List;
import uk.hubreturns.common.time.Quarter;

/** One quarter of an agreement: every measure with its actual and RAG rating; {@code recorded} is false if nothing was reported. */
public record QuarterActualsView(
        String quarter,
        boolean recorded,
        String commentary,
        List<MeasureActual> measures,
        Instant updatedAt,
        String updatedBy,
        Long version) {

    /** Rates every measure of the agreement against the quarter's actuals ({@code null} when none were recorded). */
    static QuarterActualsView of(Agreement agreement, Quarter quarter, QuarterActuals actuals) {
        List<MeasureActual> measures = agreement.measures().stream()
                .map(measure -> MeasureActual.rate(measure, actuals == null ? null : actuals.values().get(measure.measureId())))
                .toList();
        return actuals == null
                ? new QuarterActualsView(quarter.id(), false, null, measures, null, null, null)
                : new QuarterActualsView(quarter.id(), true, actuals.commentary(), measures, actuals.updatedAt(), actuals.updatedBy(),
                        actuals.version());
    }
}
