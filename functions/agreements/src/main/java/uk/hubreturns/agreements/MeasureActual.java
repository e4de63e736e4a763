package uk.hubreturns.agreements;

import java.math.BigDecimal;
import uk.hubreturns.common.rag.RagRating;
import uk.hubreturns.common.rag.TargetDirection;

/** A measure's target and the quarter's actual, rated; {@code actual} is null (and {@code rag} NO_DATA) when none was reported. */
public record MeasureActual(
        String measureId,
        String name,
        String unit,
        BigDecimal target,
        TargetDirection direction,
        BigDecimal amberTolerancePercent,
        BigDecimal actual,
        RagRating rag) {

    static MeasureActual rate(Measure measure, BigDecimal actual) {
        return new MeasureActual(measure.measureId(), measure.name(), measure.unit(), measure.target(), measure.direction(),
                measure.amberTolerancePercent(), actual, measure.ragTarget().rate(actual));
    }
}
