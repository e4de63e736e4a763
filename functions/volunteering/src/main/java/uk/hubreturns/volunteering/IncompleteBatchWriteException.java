package uk.hubreturns.volunteering;

/** Some writes of a batch write were still not done when the retries ran out; {@link #done()} were. */
final class IncompleteBatchWriteException extends RuntimeException {

    private final int done;
    private final int total;

    IncompleteBatchWriteException(int done, int total, Throwable cause) {
        super(done + " of " + total + " writes done", cause);
        this.done = done;
        this.total = total;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }
}
