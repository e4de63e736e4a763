package uk.hubreturns.returns;

import java.util.Set;

/**
 * What earlier quarters tell about a hub's volunteers: who was active in the quarter before, and who had
 * ever been active before this quarter. Kept by the rollup, never shown to anyone.
 */
public record VolunteerHistory(Set<String> activeInPreviousQuarter, Set<String> seenBefore) {

    public static final VolunteerHistory NONE = new VolunteerHistory(Set.of(), Set.of());

    public VolunteerHistory {
        activeInPreviousQuarter = Set.copyOf(activeInPreviousQuarter);
        seenBefore = Set.copyOf(seenBefore);
    }
}
