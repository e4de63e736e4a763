package uk.hubreturns.common.ledger;

import java.time.Instant;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/** Every successful write, per hub ({@code hubId}) or for the county as a whole (hubs, sign-off: {@code hubId} null). */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Entries from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    Page<AuditEntry> list(String hubId, Instant from, Instant to, PageRequest page);
}
