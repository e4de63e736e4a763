package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.hubreturns.common.csv.CsvCells;

/**
 * The summary partners open in Excel: RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark so
 * Excel reads it as UTF-8, a header row, one row per hub and the county last. Aggregates only.
 */
public final class SummaryCsv {

    static final List<String> HEADER = List.of("hubId", "hubName", "quarter", "status", "generatedAt",
            "meetingsHeld", "attendance", "sectorCoverage", "userVoiceMeetings", "actionsOpen", "actionsDone", "actionsOverdue",
            "spendPence", "budgetPence", "volunteeringHours", "activeVolunteers", "newVolunteers", "retainedVolunteers",
            "retentionRate", "measuresGreen", "measuresAmber", "measuresRed", "measuresNoData", "compliance",
            "completenessExpected", "completenessPresent",
            "rankVolunteeringHours", "rankActiveVolunteers", "rankRetentionRate", "rankMeetingsHeld", "rankSectorCoverage", "rankCompliance");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SummaryCsv() {
    }

    public static byte[] county(CountyReturn county) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (HubReturn hub : county.hubs()) {
            row(csv, hubRow(hub, county.benchmarks()));
        }
        row(csv, countyRow(county));
        return withBom(csv);
    }

    public static byte[] hub(HubReturn hub, Map<String, CountyReturn.Benchmark> benchmarks) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        row(csv, hubRow(hub, benchmarks));
        return withBom(csv);
    }

    private static List<String> hubRow(HubReturn hub, Map<String, CountyReturn.Benchmark> benchmarks) {
        List<String> cells = new ArrayList<>(List.of(hub.hubId(), hub.hubName(), hub.quarter(), hub.status().name(),
                hub.generatedAt().toString(),
                number(hub.meetings().held()), number(hub.meetings().attendance()), decimal(hub.meetings().sectorCoverage()),
                number(hub.meetings().userVoiceMeetings()), number(hub.meetings().actions().open()),
                number(hub.meetings().actions().done()), number(hub.meetings().actions().overdue()),
                number(hub.meetings().spendPence()), number(hub.meetings().budgetPence()),
                decimal(hub.volunteering().hours()), number(hub.volunteering().activeVolunteers()),
                number(hub.volunteering().newVolunteers()), number(hub.volunteering().retainedVolunteers()),
                decimal(hub.volunteering().retentionRate()),
                number(hub.agreements().green()), number(hub.agreements().amber()), number(hub.agreements().red()),
                number(hub.agreements().noData()), decimal(hub.agreements().compliance()),
                number(hub.completeness().expected()), number(hub.completeness().present())));
        for (String metric : CountyReturnCalculator.HEADLINE_METRICS.keySet()) {
            CountyReturn.Benchmark benchmark = benchmarks == null ? null : benchmarks.get(metric);
            Integer rank = benchmark == null ? null : benchmark.hubs().stream()
                    .filter(standing -> standing.hubId().equals(hub.hubId())).findFirst()
                    .map(CountyReturn.Standing::rank).orElse(null);
            cells.add(rank == null ? "" : rank.toString());
        }
        return cells;
    }

    private static List<String> countyRow(CountyReturn county) {
        CountyReturn.CountyTotals totals = county.county();
        List<String> cells = new ArrayList<>(List.of("COUNTY", "All hubs (" + totals.hubs() + ")", county.quarter(),
                county.status().name(), county.generatedAt().toString(),
                number(totals.meetingsHeld()), number(totals.attendance()), decimal(totals.sectorCoverage()),
                number(totals.userVoiceMeetings()), number(totals.actionsOpen()), number(totals.actionsDone()),
                number(totals.actionsOverdue()), number(totals.spendPence()), number(totals.budgetPence()),
                decimal(totals.volunteeringHours()), number(totals.activeVolunteers()), number(totals.newVolunteers()),
                number(totals.retainedVolunteers()), decimal(totals.retentionRate()),
                number(totals.green()), number(totals.amber()), number(totals.red()), number(totals.noData()),
                decimal(totals.compliance()), number(totals.completenessExpected()), number(totals.completenessPresent())));
        CountyReturnCalculator.HEADLINE_METRICS.keySet().forEach(metric -> cells.add(""));
        return cells;
    }

    private static String number(long value) {
        return Long.toString(value);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(CsvCells.field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static byte[] withBom(StringBuilder csv) {
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
