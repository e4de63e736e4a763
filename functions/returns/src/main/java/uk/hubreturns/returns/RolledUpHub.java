package uk.hubreturns.returns;

import java.util.Set;

/** A hub's return for the quarter and the volunteer refs active at it, as the rollup writes them. */
record RolledUpHub(HubReturn hubReturn, Set<String> activeVolunteerRefs) {
}
