package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Every hub's return for a quarter, the county totals, and how the hubs compare on the headline metrics. */
public record CountyReturn(
        String quarter,
        ReturnStatus status,
        Instant generatedAt,
        int inputsCount,
        List<HubReturn> hubs,
        CountyTotals county,
        Map<String, Benchmark> benchmarks,
        SignOff signOff) {

    public CountyReturn withStatus(ReturnStatus newStatus, SignOff newSignOff) {
        return new CountyReturn(quarter, newStatus, generatedAt, inputsCount,
                hubs.stream().map(hub -> hub.withStatus(newStatus)).toList(), county, benchmarks, newSignOff);
    }

    public record CountyTotals(
            int hubs,
            int meetingsHeld,
            int attendance,
            int userVoiceMeetings,
            int actionsOpen,
            int actionsDone,
            int actionsOverdue,
            long spendPence,
            long budgetPence,
            BigDecimal sectorCoverage,
            BigDecimal volunteeringHours,
            int activeVolunteers,
            int newVolunteers,
            int retainedVolunteers,
            int previousQuarterVolunteers,
            BigDecimal retentionRate,
            int green,
            int amber,
            int red,
            int noData,
            BigDecimal compliance,
            int completenessExpected,
            int completenessPresent) {
    }

    /** One headline metric across the hubs: the county median and each hub's standing (rank 1 = highest). */
    public record Benchmark(BigDecimal median, List<Standing> hubs) {
    }

    /** {@code rank}, {@code quartile} and {@code change} are null when the hub has no value (or none last quarter). */
    public record Standing(String hubId, BigDecimal value, Integer rank, Integer quartile, BigDecimal previous, BigDecimal change) {
    }

    /** Who signed the quarter off or reopened it, and when; null while it has never been signed off. */
    public record SignOff(String signedOffBy, Instant signedOffAt, String reopenedBy, Instant reopenedAt) {
    }
}
