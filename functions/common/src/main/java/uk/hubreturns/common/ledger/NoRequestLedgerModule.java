package uk.hubreturns.common.ledger;

import dagger.Module;
import dagger.Provides;
import java.time.Instant;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/** For a function that never writes (the {@code $default} route): keys are not kept and nothing is audited. */
@Module
public final class NoRequestLedgerModule {

    private NoRequestLedgerModule() {
    }

    @Provides
    static IdempotencyStore idempotencyStore() {
        return new IdempotencyStore() {
            @Override
            public Claim claim(String key, String fingerprint, Instant now) {
                return new Claimed();
            }

            @Override
            public void complete(String key, String fingerprint, StoredResponse response, Instant now) {
            }

            @Override
            public void release(String key) {
            }
        };
    }

    @Provides
    static AuditLog auditLog() {
        return new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
            }

            @Override
            public Page<AuditEntry> list(String hubId, Instant from, Instant to, PageRequest page) {
                return new Page<>(java.util.List.of(), null);
            }
        };
    }
}
