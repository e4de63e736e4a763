package uk.hubreturns.returns;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import uk.hubreturns.common.time.Quarter;

/**
 * What earlier quarters tell about a hub's volunteers: who was active in the quarter before, and who had
 * ever been active before this quarter. Kept by the rollup, never shown to anyone.
 */
public record VolunteerHistory(Set<String> activeInPreviousQuarter, Set<String> seenBefore) {

    public static final VolunteerHistory NONE = new VolunteerHistory(Set.of(), Set.of());

    /** From the refs active in each earlier quarter, by quarter id. */
    static VolunteerHistory of(Map<String, Set<String>> refsByQuarter, Quarter previous) {
        Set<String> seen = new HashSet<>();
        refsByQuarter.values().forEach(seen::addAll);
        return new VolunteerHistory(refsByQuarter.getOrDefault(previous.id(), Set.of()), seen);
    }

    public VolunteerHistory {
        activeInPreviousQuarter = Set.copyOf(activeInPreviousQuarter);
        seenBefore = Set.copyOf(seenBefore);
    }
}
