package uk.hubreturns.common.ledger;

import java.time.Instant;

/**
 * Remembers POSTs by their {@code Idempotency-Key} for 24 hours, so a double-clicked form or a retried request
 * is answered with the first response instead of being done twice.
 */
public interface IdempotencyStore {

    sealed interface Claim {
    }

    /** The key is new (or expired): go ahead, then {@link #complete} or {@link #release}. */
    record Claimed() implements Claim {
    }

    /** The same key and the same request were done before: answer this. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** The same key came with a different request. */
    record DifferentRequest() implements Claim {
    }

    /** The same key is being worked on right now by another request. */
    record InProgress() implements Claim {
    }

    Claim claim(String key, String fingerprint, Instant now);

    void complete(String key, String fingerprint, StoredResponse response, Instant now);

    /** Forgets a claim whose request failed on our side, so a retry runs it. */
    void release(String key);
}
