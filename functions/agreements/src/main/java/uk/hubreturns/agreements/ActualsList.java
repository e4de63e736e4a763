package uk.hubreturns.agreements;

import java.util.List;

/** Every quarter an agreement spans, earliest first. */
public record ActualsList(List<QuarterActualsView> items) {
}
