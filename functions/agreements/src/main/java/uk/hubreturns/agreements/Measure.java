package uk.hubreturns.agreements;

import java.math.BigDecimal;
import uk.hubreturns.common.rag.RagTarget;
import uk.hubreturns.common.rag.TargetDirection;

/** One thing an agreement measures, its target, and how far off the target still rates amber. */
public record Measure(
        String measureId,
        String name,
        String unit,
        BigDecimal target,
        TargetDirection direction,
        BigDecimal amberTolerancePercent) {

    RagTarget ragTarget() {
        return new RagTarget(target, direction, amberTolerancePercent);
    }
}
