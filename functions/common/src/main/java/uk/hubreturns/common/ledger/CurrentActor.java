package uk.hubreturns.common.ledger;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The subject of the request being handled on this thread, so repositories can stamp {@code createdBy} and
 * {@code updatedBy} without every service passing it along. Set by {@code ApiEndpoint} around the action only.
 */
public final class CurrentActor {

    private static final ThreadLocal<String> SUBJECT = new ThreadLocal<>();

    private CurrentActor() {
    }

    public static <T> T runAs(String subject, Supplier<T> work) {
        String previous = SUBJECT.get();
        SUBJECT.set(subject);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SUBJECT.remove();
            } else {
                SUBJECT.set(previous);
            }
        }
    }

    /** The acting subject; empty outside a request (the rollup, tests of repositories). */
    public static Optional<String> subject() {
        return Optional.ofNullable(SUBJECT.get());
    }

    public static String subjectOrSystem() {
        return subject().orElse("system");
    }
}
