package uk.hubreturns.common.returns;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.time.Quarter;

/**
 * Which quarters are signed off. No meeting, volunteer entry or actuals is written into a signed-off quarter, as a finance
 * system refuses postings to a closed period: each write checks it in its own transaction ({@link OpenQuarterWrites}).
 */
public interface QuarterSignOffs {

    Optional<QuarterSignOff> find(Quarter quarter);

    /** The quarters signed off now (not reopened), read at once: for lists that show many quarters' status. */
    Set<Quarter> signedOffQuarters();

    /**
     * Signs the quarter off and gives its new state; refuses (409) if it is signed off already, so that of two sign-offs at
     * once only one is made.
     */
    QuarterSignOff signOff(Quarter quarter, String by, Instant at);

    /** Puts the quarter back as it was before a sign-off that could not be finished ({@code before} empty: never signed off). */
    void undoSignOff(Quarter quarter, Optional<QuarterSignOff> before);

    /** Reopens a signed-off quarter and gives its new state; refuses (409) a quarter that is not signed off. */
    QuarterSignOff reopen(Quarter quarter, String by, Instant at);

    default boolean isSignedOff(Quarter quarter) {
        return find(quarter).map(QuarterSignOff::signedOff).orElse(false);
    }

    static RecordConflictException alreadySignedOff(Quarter quarter) {
        return new RecordConflictException("Quarter " + quarter.id() + " is already signed off.");
    }

    static RecordConflictException notSignedOff(Quarter quarter) {
        return new RecordConflictException("Quarter " + quarter.id() + " is not signed off, so there is nothing to reopen.");
    }

    /** Refuses (409) a change to a record dated in a signed-off quarter. */
    default void requireOpen(Quarter quarter) {
        if (isSignedOff(quarter)) {
            throw signedOff(quarter);
        }
    }

    static RecordConflictException signedOff(Quarter quarter) {
        return new RecordConflictException("Quarter " + quarter.id() + " is signed off, so its records cannot change. "
                + "Ask a county administrator to reopen it if a correction is needed.");
    }
}
