package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountyReturnCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-07-01T01:30:00Z");

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndNoValuesHaveNone() {
        assertThat(CountyReturnCalculator.median(List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("9"))))
                .isEqualByComparingTo("3");
        assertThat(CountyReturnCalculator.median(List.of(new BigDecimal("1"), new BigDecimal("5"), new BigDecimal("7"))))
                .isEqualByComparingTo("5");
        assertThat(CountyReturnCalculator.median(List.of())).isNull();
    }

    @Test
    void hubsWithTheSameValueShareARankAndTheNextRankIsSkipped() {
        CountyReturn county = CountyReturnCalculator.calculate("2026-Q1",
                List.of(hub("a", 5), hub("b", 9), hub("c", 5), hub("d", 1), hub("e", 0)), null, NOW);

        List<CountyReturn.Standing> held = county.benchmarks().get("meetings.held").hubs();
        assertThat(held).extracting(CountyReturn.Standing::hubId, CountyReturn.Standing::rank, CountyReturn.Standing::quartile)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("b", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("c", 2, 1),
                        org.assertj.core.groups.Tuple.tuple("d", 4, 3),
                        org.assertj.core.groups.Tuple.tuple("e", 5, 4));
        assertThat(held).allSatisfy(standing -> assertThat(standing.change()).as("no previous quarter").isNull());
    }

    @Test
    void countyRetentionIsRecomputedFromTheSumsNotAveragedOverHubs() {
        CountyReturn county = CountyReturnCalculator.calculate("2026-Q1",
                List.of(hubWithRetention("a", 1, 1), hubWithRetention("b", 1, 9)), null, NOW);

        assertThat(county.county().retentionRate()).isEqualByComparingTo("0.2000");   // 2 of 10, not the mean of 1.0 and 0.1111
        assertThat(county.county().previousQuarterVolunteers()).isEqualTo(10);
    }

    private static HubReturn hub(String hubId, int meetingsHeld) {
        return new HubReturn(hubId, hubId, "2026-Q1", ReturnStatus.DRAFT, NOW, 0,
                new HubReturn.Meetings(meetingsHeld, Map.of(), 0, List.of(), null, 0, new HubReturn.Actions(0, 0, 0), 0, 0),
                new HubReturn.Volunteering(BigDecimal.ZERO, 0, 0, 0, 0, null, Map.of()),
                new HubReturn.Agreements(List.of(), 0, 0, 0, 0, null),
                new HubReturn.Completeness(2, 0, List.of()));
    }

    private static HubReturn hubWithRetention(String hubId, int retained, int before) {
        return new HubReturn(hubId, hubId, "2026-Q1", ReturnStatus.DRAFT, NOW, 0,
                new HubReturn.Meetings(0, Map.of(), 0, List.of(), null, 0, new HubReturn.Actions(0, 0, 0), 0, 0),
                new HubReturn.Volunteering(BigDecimal.ONE, retained, 0, retained, before, Fractions.of(retained, before), Map.of()),
                new HubReturn.Agreements(List.of(), 0, 0, 0, 0, null),
                new HubReturn.Completeness(2, 0, List.of()));
    }
}
