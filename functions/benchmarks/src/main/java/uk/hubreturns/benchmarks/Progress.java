package uk.hubreturns.benchmarks;

import java.util.Locale;

/**
 * Says how far a long part of the harness has got and, from its pace so far, about how long it has left: on
 * standard output, at most every half minute and at the end, so that a run of twenty minutes is never silent.
 */
final class Progress {

    private static final long EVERY_NANOS = 30_000_000_000L;

    private final String part;
    private final String unit;
    private final int total;
    private final long started = System.nanoTime();
    private long lastSaid = started;
    private int done;

    Progress(String part, int total, String unit) {
        this.part = part;
        this.total = total;
        this.unit = unit;
        System.out.printf(Locale.ROOT, "%s: %,d %s to go%n", part, total, unit);
    }

    void stepDone() {
        stepsDone(1);
    }

    synchronized void stepsDone(int steps) {
        done += steps;
        long now = System.nanoTime();
        if (done == total || now - lastSaid >= EVERY_NANOS) {
            lastSaid = now;
            System.out.printf(Locale.ROOT, "%s: %,d of %,d %s done, %s%n", part, done, total, unit, left(now - started));
        }
    }

    private String left(long elapsedNanos) {
        if (done == total) {
            return String.format(Locale.ROOT, "in %.1f min", elapsedNanos / 60e9);
        }
        double minutesLeft = elapsedNanos / 60e9 / done * (total - done);
        return minutesLeft < 1 ? "under a minute left" : String.format(Locale.ROOT, "about %.0f min left", Math.ceil(minutesLeft));
    }
}
