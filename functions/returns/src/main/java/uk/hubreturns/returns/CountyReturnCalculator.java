package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** County totals (rates recomputed from the sums, sector coverage the mean of the hubs) and benchmarks. */
public final class CountyReturnCalculator {

    /** The headline metrics hubs are benchmarked on, by the path of the figure in a hub return. */
    public static final Map<String, Function<HubReturn, BigDecimal>> HEADLINE_METRICS = headlineMetrics();

    private CountyReturnCalculator() {
    }

    private static Map<String, Function<HubReturn, BigDecimal>> headlineMetrics() {
        Map<String, Function<HubReturn, BigDecimal>> metrics = new LinkedHashMap<>();
        metrics.put("volunteering.hours", hub -> hub.volunteering().hours());
        metrics.put("volunteering.activeVolunteers", hub -> BigDecimal.valueOf(hub.volunteering().activeVolunteers()));
        metrics.put("volunteering.retentionRate", hub -> hub.volunteering().retentionRate());
        metrics.put("meetings.held", hub -> BigDecimal.valueOf(hub.meetings().held()));
        metrics.put("meetings.sectorCoverage", hub -> hub.meetings().sectorCoverage());
        metrics.put("agreements.compliance", hub -> hub.agreements().compliance());
        return Collections.unmodifiableMap(metrics);
    }

    /** {@code previous} is the quarter before's county return, if there is one, for the change column. */
    public static CountyReturn calculate(String quarter, List<HubReturn> hubs, CountyReturn previous, Instant generatedAt) {
        List<HubReturn> sorted = hubs.stream().sorted(Comparator.comparing(HubReturn::hubId)).toList();
        Map<String, CountyReturn.Benchmark> benchmarks = new LinkedHashMap<>();
        HEADLINE_METRICS.forEach((metric, value) -> benchmarks.put(metric, benchmark(metric, value, sorted, previous)));
        int inputs = sorted.stream().mapToInt(HubReturn::inputsCount).sum();
        return new CountyReturn(quarter, ReturnStatus.DRAFT, generatedAt, inputs, sorted, totals(sorted),
                Collections.unmodifiableMap(benchmarks), null);
    }

    private static CountyReturn.CountyTotals totals(List<HubReturn> hubs) {
        int held = 0, attendance = 0, userVoice = 0, open = 0, done = 0, overdue = 0;
        long spend = 0, budget = 0;
        int active = 0, fresh = 0, retained = 0, before = 0, green = 0, amber = 0, red = 0, noData = 0, expected = 0, present = 0;
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        BigDecimal coverageSum = BigDecimal.ZERO;
        int coverageCount = 0;
        for (HubReturn hub : hubs) {
            held += hub.meetings().held();
            attendance += hub.meetings().attendance();
            userVoice += hub.meetings().userVoiceMeetings();
            open += hub.meetings().actions().open();
            done += hub.meetings().actions().done();
            overdue += hub.meetings().actions().overdue();
            spend += hub.meetings().spendPence();
            budget += hub.meetings().budgetPence();
            if (hub.meetings().sectorCoverage() != null) {
                coverageSum = coverageSum.add(hub.meetings().sectorCoverage());
                coverageCount++;
            }
            hours = hours.add(hub.volunteering().hours());
            active += hub.volunteering().activeVolunteers();
            fresh += hub.volunteering().newVolunteers();
            retained += hub.volunteering().retainedVolunteers();
            before += hub.volunteering().previousQuarterVolunteers();
            green += hub.agreements().green();
            amber += hub.agreements().amber();
            red += hub.agreements().red();
            noData += hub.agreements().noData();
            expected += hub.completeness().expected();
            present += hub.completeness().present();
        }
        BigDecimal meanCoverage = coverageCount == 0 ? null
                : coverageSum.divide(BigDecimal.valueOf(coverageCount), 4, RoundingMode.HALF_UP);
        return new CountyReturn.CountyTotals(hubs.size(), held, attendance, userVoice, open, done, overdue, spend, budget,
                meanCoverage, hours, active, fresh, retained, before, Fractions.of(retained, before),
                green, amber, red, noData, Fractions.of(green, green + amber + red), expected, present);
    }

    private static CountyReturn.Benchmark benchmark(String metric, Function<HubReturn, BigDecimal> value, List<HubReturn> hubs, CountyReturn previous) {
        Map<String, BigDecimal> before = new HashMap<>();
        if (previous != null && previous.benchmarks().containsKey(metric)) {
            previous.benchmarks().get(metric).hubs().forEach(standing -> before.put(standing.hubId(), standing.value()));
        }
        List<BigDecimal> values = hubs.stream().map(value).filter(Objects::nonNull).sorted().toList();
        List<CountyReturn.Standing> standings = new ArrayList<>();
        for (HubReturn hub : hubs) {
            BigDecimal mine = value.apply(hub);
            Integer rank = mine == null ? null : 1 + (int) values.stream().filter(other -> other.compareTo(mine) > 0).count();
            Integer quartile = rank == null ? null : 1 + (4 * (rank - 1)) / values.size();
            BigDecimal last = before.get(hub.hubId());
            BigDecimal change = mine == null || last == null ? null : mine.subtract(last);
            standings.add(new CountyReturn.Standing(hub.hubId(), mine, rank, quartile, last, change));
        }
        return new CountyReturn.Benchmark(median(values), standings);
    }

    static BigDecimal median(List<BigDecimal> sortedValues) {
        int n = sortedValues.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sortedValues.get(n / 2);
        }
        return sortedValues.get(n / 2 - 1).add(sortedValues.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
    }
}
