package uk.hubreturns.agreements;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import uk.hubreturns.common.time.Quarter;

/** The actuals recorded for one quarter of an agreement. */
public record QuarterActuals(
        String hubId,
        String agreementId,
        Quarter quarter,
        Map<String, BigDecimal> values,
        String commentary,
        Instant updatedAt,
        Long version,
        String updatedBy) {

    public QuarterActuals {
        values = Map.copyOf(values);
    }
}
