package uk.hubreturns.common.hub;

import java.time.Instant;
import java.util.List;

/** A hub partnership: its identity, its annual budget in pence and the sectors its partnership must include. */
public record Hub(
        String hubId,
        String name,
        String area,
        long annualBudgetPence,
        List<Sector> requiredSectors,
        Instant createdAt,
        Instant updatedAt,
        Long version) {

    public Hub {
        requiredSectors = List.copyOf(requiredSectors);
    }
}
