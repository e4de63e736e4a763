package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One hub's figures for one quarter, as the county partnership reads them. Aggregates only. */
public record HubReturn(
        String hubId,
        String hubName,
        String quarter,
        ReturnStatus status,
        Instant generatedAt,
        int inputsCount,
        Meetings meetings,
        Volunteering volunteering,
        Agreements agreements,
        Completeness completeness) {

    public HubReturn withStatus(ReturnStatus newStatus) {
        return new HubReturn(hubId, hubName, quarter, newStatus, generatedAt, inputsCount, meetings, volunteering, agreements, completeness);
    }

    public record Meetings(
            int held,
            Map<String, Integer> byType,
            int attendance,
            List<String> sectorsRepresented,
            BigDecimal sectorCoverage,
            int userVoiceMeetings,
            Actions actions,
            long spendPence,
            long budgetPence) {
    }

    public record Actions(int open, int done, int overdue) {
    }

    public record Volunteering(
            BigDecimal hours,
            int activeVolunteers,
            int newVolunteers,
            int retainedVolunteers,
            int previousQuarterVolunteers,
            BigDecimal retentionRate,
            Map<String, BigDecimal> hoursByActivity) {
    }

    public record Agreements(List<MeasureResult> measures, int green, int amber, int red, int noData, BigDecimal compliance) {
    }

    public record MeasureResult(
            String agreementId,
            String agreementTitle,
            String measureId,
            String measureName,
            BigDecimal target,
            String direction,
            BigDecimal actual,
            String rag) {
    }

    public record Completeness(int expected, int present, List<String> missing) {
    }
}
