package uk.hubreturns.volunteering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Volunteer time: a number of hours above 0 and at most 24, in steps of a quarter of an hour.
 * It is stored as whole minutes, so no sum of hours is ever rounded.
 */
public final class Hours {

    static final int MAX_MINUTES = 24 * 60;
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    /** Hours and minutes, as a spreadsheet writes a duration: 1:30 or 01:30:00. */
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("([0-9]{1,2}):([0-5][0-9])(:00)?");
    private static final int MAX_TEXT_LENGTH = 20;

    private Hours() {
    }

    /** The minutes {@code hours} stands for, or {@code null} after telling {@code problem} why it is not allowed. */
    public static Integer toMinutes(BigDecimal hours, Consumer<String> problem) {
        if (hours.signum() <= 0) {
            problem.accept("must be more than 0");
            return null;
        }
        if (hours.compareTo(MAX_HOURS) > 0) {
            problem.accept("must be at most 24");
            return null;
        }
        if (hours.multiply(FOUR).stripTrailingZeros().scale() > 0) {
            problem.accept("must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)");
            return null;
        }
        return hours.multiply(SIXTY).intValueExact();
    }

    /** Like {@link #toMinutes(BigDecimal, Consumer)} for hours written as text, such as a spreadsheet cell. */
    public static Integer parse(String text, Consumer<String> problem) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            problem.accept("is empty");
            return null;
        }
        Matcher hoursAndMinutes = HOURS_AND_MINUTES.matcher(trimmed);
        if (hoursAndMinutes.matches()) {
            int minutes = Integer.parseInt(hoursAndMinutes.group(1)) * 60 + Integer.parseInt(hoursAndMinutes.group(2));
            if (minutes % 15 != 0) {
                problem.accept("must be in steps of a quarter of an hour (such as 1:15, 1:30 or 1:45)");
                return null;
            }
            return toMinutes(BigDecimal.valueOf(minutes).divide(SIXTY), problem);
        }
        if (trimmed.length() > MAX_TEXT_LENGTH || !NUMBER.matcher(trimmed).matches()) {
            problem.accept("must be a number of hours such as 1.5, or hours and minutes such as 1:30");
            return null;
        }
        return toMinutes(new BigDecimal(trimmed), problem);
    }

    /** Minutes as hours with two decimal places; exact, because stored minutes are whole quarter-hours. */
    public static BigDecimal fromMinutes(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.UNNECESSARY);
    }
}
