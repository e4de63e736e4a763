package uk.hubreturns.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuarterCalendarTest {

    private final QuarterCalendar april = QuarterCalendar.aprilStart();

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2026-03-31, 2025-Q4",
            "2026-04-01, 2026-Q1",
            "2026-06-30, 2026-Q1",
            "2026-07-01, 2026-Q2",
            "2026-09-30, 2026-Q2",
            "2026-10-01, 2026-Q3",
            "2026-12-31, 2026-Q3",
            "2027-01-01, 2026-Q4",
            "2027-02-28, 2026-Q4",
            "2027-03-31, 2026-Q4",
            "2027-04-01, 2027-Q1",
            "2028-02-29, 2027-Q4"
    })
    void datesFallInTheQuarterOfTheAprilStartFinancialYear(LocalDate date, String quarter) {
        assertThat(april.quarterOf(date).id()).isEqualTo(quarter);
    }

    @ParameterizedTest(name = "{0} runs {1} to {2}")
    @CsvSource({
            "2026-Q1, 2026-04-01, 2026-06-30",
            "2026-Q2, 2026-07-01, 2026-09-30",
            "2026-Q3, 2026-10-01, 2026-12-31",
            "2026-Q4, 2027-01-01, 2027-03-31",
            "2027-Q4, 2028-01-01, 2028-03-31"
    })
    void quartersRunFromTheirFirstToTheirLastDay(String id, LocalDate first, LocalDate last) {
        Quarter quarter = Quarter.parse(id).orElseThrow();

        assertThat(april.firstDay(quarter)).isEqualTo(first);
        assertThat(april.lastDay(quarter)).isEqualTo(last);
        assertThat(april.contains(quarter, first)).isTrue();
        assertThat(april.contains(quarter, last)).isTrue();
        assertThat(april.contains(quarter, first.minusDays(1))).isFalse();
        assertThat(april.contains(quarter, last.plusDays(1))).isFalse();
    }

    @Test
    void aJanuaryStartYearHasCalendarQuarters() {
        QuarterCalendar january = new QuarterCalendar(Month.JANUARY);

        assertThat(january.quarterOf(LocalDate.of(2026, 1, 1)).id()).isEqualTo("2026-Q1");
        assertThat(january.quarterOf(LocalDate.of(2026, 12, 31)).id()).isEqualTo("2026-Q4");
        assertThat(january.lastDay(Quarter.parse("2026-Q1").orElseThrow())).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aSeptemberStartYearIsNamedAfterTheYearItStartsIn() {
        QuarterCalendar september = new QuarterCalendar(Month.SEPTEMBER);

        assertThat(september.quarterOf(LocalDate.of(2026, 8, 31)).id()).isEqualTo("2025-Q4");
        assertThat(september.quarterOf(LocalDate.of(2026, 9, 1)).id()).isEqualTo("2026-Q1");
        assertThat(september.firstDay(Quarter.parse("2026-Q2").orElseThrow())).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
