package uk.hubreturns.volunteering;

import uk.hubreturns.common.time.Quarter;

/** A hub's volunteer time in a quarter: the minutes in it and how many different volunteers gave them. */
record QuarterTotals(Quarter quarter, long totalMinutes, int distinctVolunteers) {
}
