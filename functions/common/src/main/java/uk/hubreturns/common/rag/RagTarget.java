package uk.hubreturns.common.rag;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target and how far off it still counts as amber. The one definition of RAG used everywhere:
 * <ul>
 *   <li>{@code AT_LEAST}: actual &ge; target is GREEN; actual &ge; target &times; (1 &minus; tolerance/100) is AMBER; otherwise RED.</li>
 *   <li>{@code AT_MOST}: actual &le; target is GREEN; actual &le; target &times; (1 + tolerance/100) is AMBER; otherwise RED.</li>
 *   <li>No actual is NO_DATA.</li>
 * </ul>
 * All arithmetic is exact ({@link BigDecimal}): a value exactly on a threshold gets the better rating.
 */
public record RagTarget(BigDecimal target, TargetDirection direction, BigDecimal amberTolerancePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RagTarget {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amberTolerancePercent, "amberTolerancePercent");
        if (amberTolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("amberTolerancePercent must not be negative: " + amberTolerancePercent);
        }
    }

    /** The rating of {@code actual}; {@code null} means nothing was reported. */
    public RagRating rate(BigDecimal actual) {
        if (actual == null) {
            return RagRating.NO_DATA;
        }
        return switch (direction) {
            case AT_LEAST -> actual.compareTo(target) >= 0 ? RagRating.GREEN
                    : actual.compareTo(amberThreshold()) >= 0 ? RagRating.AMBER
                    : RagRating.RED;
            case AT_MOST -> actual.compareTo(target) <= 0 ? RagRating.GREEN
                    : actual.compareTo(amberThreshold()) <= 0 ? RagRating.AMBER
                    : RagRating.RED;
        };
    }

    /** The far edge of amber: target &times; (1 &minus; tolerance/100) for AT_LEAST, target &times; (1 + tolerance/100) for AT_MOST. */
    public BigDecimal amberThreshold() {
        // Dividing by 100 only moves the decimal point, so it is exact.
        BigDecimal fraction = amberTolerancePercent.divide(HUNDRED);
        BigDecimal factor = direction == TargetDirection.AT_LEAST ? BigDecimal.ONE.subtract(fraction) : BigDecimal.ONE.add(fraction);
        return target.multiply(factor);
    }
}
