package uk.hubreturns.common.dynamodb;

/** Some writes of a batch write were still not done when the retries ran out; {@link #done()} were. */
public final class IncompleteBatchWriteException extends RuntimeException {

    private final int done;
    private final int total;

    public IncompleteBatchWriteException(int done, int total, Throwable cause) {
        super(done + " of " + total + " writes done", cause);
        this.done = done;
        this.total = total;
    }

    public int done() {
        return done;
    }

    public int total() {
        return total;
    }
}
