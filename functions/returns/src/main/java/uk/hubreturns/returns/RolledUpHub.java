package uk.hubreturns.returns;

import java.util.Set;

/**
 * A hub's return for the quarter and the volunteer refs active at it, as the rollup writes them; the refs are not
 * written again if an earlier run kept the same ones.
 */
record RolledUpHub(HubReturn hubReturn, Set<String> activeVolunteerRefs, boolean activeVolunteerRefsAlreadyKept) {
}
