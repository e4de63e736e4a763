package uk.hubreturns.common.ledger;

import java.time.Instant;

/**
 * One write, as the audit log keeps it: who, when, which route and record, and the record's version before (the
 * request's {@code If-Match}) and after (the response's {@code ETag}); null where there is none.
 */
public record AuditEntry(
        Instant at,
        String subject,
        String route,
        String path,
        int status,
        String hubId,
        String versionBefore,
        String versionAfter,
        String requestId) {
}
