package uk.hubreturns.common.returns;

import java.time.Instant;

/** Whether a quarter is signed off (FINAL), and who signed it off or last reopened it, and when. */
public record QuarterSignOff(String quarter, boolean signedOff, String signedOffBy, Instant signedOffAt, String reopenedBy, Instant reopenedAt) {
}
