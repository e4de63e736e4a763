package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoursTest {

    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest(name = "{0} hours is {1} minutes")
    @CsvSource({"0.25, 15", "0.5, 30", "0.75, 45", "1, 60", "1.0, 60", "1.50, 90", "7.75, 465", "23.75, 1425", "24, 1440", "24.00, 1440"})
    void quarterHourStepsUpTo24AreExactMinutes(String hours, int minutes) {
        assertThat(Hours.toMinutes(new BigDecimal(hours), problems::add)).isEqualTo(minutes);
        assertThat(Hours.parse(hours, problems::add)).isEqualTo(minutes);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | must be more than 0",
            "0.00 | must be more than 0",
            "-1 | must be more than 0",
            "-0.25 | must be more than 0",
            "24.25 | must be at most 24",
            "24.01 | must be at most 24",
            "100 | must be at most 24",
            "1.1 | must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)",
            "0.1 | must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)",
            "0.333 | must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)",
            "1.2500001 | must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)"})
    void refusesZeroNegativeOverADayAndNonQuarterSteps(String hours, String problem) {
        assertThat(Hours.toMinutes(new BigDecimal(hours), problems::add)).isNull();
        assertThat(Hours.parse(hours, problems::add)).isNull();
        assertThat(problems).containsExactly(problem, problem);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number of hours")
    @CsvSource(delimiter = '|', value = {"two", "1,5", "1.5h", "1e1", "0x10", "1..5", "--1", "NaN", "Infinity", "½", "123456789012345678901"})
    void textThatIsNotAPlainNumberIsRefused(String text) {
        assertThat(Hours.parse(text, problems::add)).isNull();
        assertThat(problems).containsExactly("must be a number of hours such as 1.5, or hours and minutes such as 1:30");
    }

    @ParameterizedTest(name = "\"{0}\" is {1} minutes")
    @CsvSource(delimiter = '|', value = {"1:30|90", "01:30:00|90", "0:15|15", "24:00|1440", " 2:45 |165"})
    void hoursAndMinutesAsASpreadsheetWritesADurationAreAccepted(String text, int minutes) {
        assertThat(Hours.parse(text, problems::add)).isEqualTo(minutes);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "1:20|must be in steps of a quarter of an hour (such as 1:15, 1:30 or 1:45)",
            "0:00|must be more than 0",
            "24:15|must be at most 24",
            "1:30:15|must be a number of hours such as 1.5, or hours and minutes such as 1:30",
            "1:75|must be a number of hours such as 1.5, or hours and minutes such as 1:30"})
    void hoursAndMinutesFollowTheSameRules(String text, String problem) {
        assertThat(Hours.parse(text, problems::add)).isNull();
        assertThat(problems).containsExactly(problem);
    }

    @Test
    void textIsTrimmedAndMayOmitTheLeadingZero() {
        assertThat(Hours.parse("  2.5 ", problems::add)).isEqualTo(150);
        assertThat(Hours.parse(".75", problems::add)).isEqualTo(45);
        assertThat(Hours.parse("+1", problems::add)).isEqualTo(60);
        assertThat(problems).isEmpty();
    }

    @Test
    void emptyTextIsEmpty() {
        assertThat(Hours.parse("   ", problems::add)).isNull();
        assertThat(problems).containsExactly("is empty");
    }

    @Test
    void minutesShowAsHoursWithTwoDecimalPlacesExactly() {
        assertThat(Hours.fromMinutes(15)).isEqualTo(new BigDecimal("0.25"));
        assertThat(Hours.fromMinutes(90)).isEqualTo(new BigDecimal("1.50"));
        assertThat(Hours.fromMinutes(1440)).isEqualTo(new BigDecimal("24.00"));
        assertThat(Hours.fromMinutes(0)).isEqualTo(new BigDecimal("0.00"));
        // 3,000 entries of 1.25 hours: a sum kept in minutes has nothing to round.
        assertThat(Hours.fromMinutes(3_000L * 75)).isEqualTo(new BigDecimal("3750.00"));
    }
}
