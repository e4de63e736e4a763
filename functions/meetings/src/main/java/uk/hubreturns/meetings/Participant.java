package uk.hubreturns.meetings;

import uk.hubreturns.common.hub.Sector;

/** Someone who attended or sent apologies; {@code organisation} may be null (a parent, say). */
public record Participant(String name, String organisation, Sector sector) {
}
