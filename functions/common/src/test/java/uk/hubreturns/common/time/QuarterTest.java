package uk.hubreturns.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @Test
    void parsesTheIdItPrints() {
        assertThat(Quarter.parse("2026-Q3")).contains(new Quarter(2026, 3));
        assertThat(new Quarter(2026, 3).id()).isEqualTo("2026-Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-Q0", "2026-Q5", "2026-q1", "26-Q1", "2026-Q1 ", "Q1-2026", "0000-Q1"})
    void refusesTextThatIsNotAQuarter(String text) {
        assertThat(Quarter.parse(text)).isEmpty();
    }

    @Test
    void stepsAcrossTheFinancialYearBoundary() {
        Quarter q4 = new Quarter(2025, 4);

        assertThat(q4.next()).isEqualTo(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(q4);
        assertThat(new Quarter(2026, 2).previous()).isEqualTo(new Quarter(2026, 1));
    }

    @Test
    void ordersByYearThenNumber() {
        assertThat(new Quarter(2025, 4)).isLessThan(new Quarter(2026, 1));
        assertThat(new Quarter(2026, 2)).isGreaterThan(new Quarter(2026, 1));
    }
}
