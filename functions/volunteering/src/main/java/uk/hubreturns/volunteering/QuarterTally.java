package uk.hubreturns.volunteering;

import java.util.HashSet;
import java.util.Set;
import uk.hubreturns.common.time.Quarter;

/** Adds up entries of one quarter: their minutes, and the set of volunteers, to count each once. */
final class QuarterTally {

    private long minutes;
    private final Set<String> volunteers = new HashSet<>();

    void add(String volunteerRef, long entryMinutes) {
        minutes += entryMinutes;
        volunteers.add(volunteerRef);
    }

    QuarterTotals totals(Quarter quarter) {
        return new QuarterTotals(quarter, minutes, volunteers.size());
    }
}
