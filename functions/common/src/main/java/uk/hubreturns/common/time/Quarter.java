package uk.hubreturns.common.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year, written {@code 2026-Q1}. The year is the calendar year in
 * which the financial year starts; which months a quarter covers is {@link QuarterCalendar}'s job.
 */
public record Quarter(int financialYear, int number) implements Comparable<Quarter> {

    private static final Pattern ID = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (financialYear < 1900 || financialYear > 9998) {
            throw new IllegalArgumentException("financial year out of range: " + financialYear);
        }
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1 to 4: " + number);
        }
    }

    /** Parses {@code YYYY-Qn}; empty when the text is not a quarter id. */
    public static Optional<Quarter> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Matcher matcher = ID.matcher(id);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 1900 || year > 9998) {
            return Optional.empty();
        }
        return Optional.of(new Quarter(year, Integer.parseInt(matcher.group(2))));
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(financialYear - 1, 4) : new Quarter(financialYear, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(financialYear + 1, 1) : new Quarter(financialYear, number + 1);
    }

    public String id() {
        return financialYear + "-Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return financialYear != other.financialYear
                ? Integer.compare(financialYear, other.financialYear)
                : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return id();
    }
}
