package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding every return uses: fractions to 4 places, hours to 2, both half-up. */
final class Fractions {

    private Fractions() {
    }

    /** {@code part / whole} rounded half-up to 4 places; null when {@code whole} is 0. */
    static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal fraction(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    static long quarterOfAnnualPence(long annualPence) {
        return BigDecimal.valueOf(annualPence).divide(BigDecimal.valueOf(4), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
