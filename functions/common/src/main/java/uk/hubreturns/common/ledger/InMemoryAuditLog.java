package uk.hubreturns.common.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/** The audit log in memory, for unit tests. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized Page<AuditEntry> list(String hubId, Instant from, Instant to, PageRequest page) {
        return new Page<>(entries.stream()
                .filter(entry -> Objects.equals(entry.hubId(), hubId) && !entry.at().isBefore(from) && entry.at().isBefore(to))
                .toList(), null);
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
