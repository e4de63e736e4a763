package uk.hubreturns.common.domain;

import uk.hubreturns.common.http.PreconditionFailedException;

/** Optimistic locking as the API shows it: the version a client read must still be the current one. */
public final class Versions {

    private Versions() {
    }

    public static void require(long expected, Long current, String what) {
        if (current == null) {
            throw new PreconditionFailedException(what + ": nothing is recorded yet, so there is no version \"" + expected
                    + "\" to change. Send it without If-Match to record it.");
        }
        if (current != expected) {
            throw new PreconditionFailedException(what + " has changed since you read it (it is now version " + current
                    + ", you sent If-Match \"" + expected + "\"). Read it again and redo your change.");
        }
    }
}
