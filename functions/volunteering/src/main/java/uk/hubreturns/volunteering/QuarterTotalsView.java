package uk.hubreturns.volunteering;

import java.math.BigDecimal;

public record QuarterTotalsView(String quarter, BigDecimal totalHours, int distinctVolunteers) {

    static QuarterTotalsView of(QuarterTotals totals) {
        return new QuarterTotalsView(totals.quarter().id(), Hours.fromMinutes(totals.totalMinutes()), totals.distinctVolunteers());
    }
}
