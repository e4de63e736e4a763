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
        Long version,
        String createdBy,
        String updatedBy) {

    public Hub {
        requiredSectors = List.copyOf(requiredSectors);
    }

    /** A hub not yet stored, or changed: the repository stamps who created and who last changed it. */
    public Hub(String hubId, String name, String area, long annualBudgetPence, List<Sector> requiredSectors,
               Instant createdAt, Instant updatedAt, Long version) {
        this(hubId, name, area, annualBudgetPence, requiredSectors, createdAt, updatedAt, version, null, null);
    }
}
