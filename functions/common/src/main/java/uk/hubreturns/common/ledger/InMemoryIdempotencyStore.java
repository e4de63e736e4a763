package uk.hubreturns.common.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys in memory, for unit tests. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(String fingerprint, StoredResponse response, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public synchronized Claim claim(String key, String fingerprint, Instant now) {
        Entry earlier = entries.get(key);
        if (earlier == null || earlier.expiresAt().isBefore(now)) {
            entries.put(key, new Entry(fingerprint, null, now.plus(DynamoDbIdempotencyStore.KEPT_FOR)));
            return new Claimed();
        }
        if (!earlier.fingerprint().equals(fingerprint)) {
            return new DifferentRequest();
        }
        return earlier.response() == null ? new InProgress() : new Replay(earlier.response());
    }

    @Override
    public void complete(String key, String fingerprint, StoredResponse response, Instant now) {
        entries.put(key, new Entry(fingerprint, response, now.plus(DynamoDbIdempotencyStore.KEPT_FOR)));
    }

    @Override
    public void release(String key) {
        entries.remove(key);
    }
}
