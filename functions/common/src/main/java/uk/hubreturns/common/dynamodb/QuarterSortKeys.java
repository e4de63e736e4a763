package uk.hubreturns.common.dynamodb;

import java.util.Optional;
import uk.hubreturns.common.time.Quarter;

/**
 * The {@code byQuarter} index's sort key, {@code Q#<quarter>#<KIND>#…}: a hub's whole quarter is one prefix, and each
 * kind of record within it another (the modules' keys classes add the rest).
 */
public final class QuarterSortKeys {

    /** What begins every quarterSk, whatever its quarter. */
    public static final String PREFIX = "Q#";

    /** The kinds of record filed by quarter: meetings and volunteer entries by their date ({@link DatedRecordKeys}), actuals by their quarter. */
    public static final String MEETING = "MEETING";
    public static final String VOLUNTEER = "VOLUNTEER";
    public static final String ACTUALS = "ACTUALS";

    private QuarterSortKeys() {
    }

    public static String quarterPrefix(String quarterId) {
        return PREFIX + quarterId + "#";
    }

    public static String kindPrefix(String quarterId, String kind) {
        return quarterPrefix(quarterId) + kind + "#";
    }

    /** The quarter a quarterSk files its record in, if it is one. */
    public static Optional<Quarter> quarterOf(String quarterSk) {
        int end = quarterSk.indexOf('#', PREFIX.length());
        return quarterSk.startsWith(PREFIX) && end > 0 ? Quarter.parse(quarterSk.substring(PREFIX.length(), end)) : Optional.empty();
    }
}
