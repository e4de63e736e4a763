package uk.hubreturns.common.ledger;

import dagger.Binds;
import dagger.Module;

/** Idempotency keys and the audit log in RecordsTable, for every component with write routes. */
@Module
public interface RequestLedgerModule {

    @Binds
    IdempotencyStore idempotencyStore(DynamoDbIdempotencyStore store);

    @Binds
    AuditLog auditLog(DynamoDbAuditLog log);
}
