package uk.hubreturns.common.returns;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.time.Quarter;

/** Sign-off states in memory, for unit tests of the services that respect them. */
public final class InMemoryQuarterSignOffs implements QuarterSignOffs {

    private final Map<Quarter, QuarterSignOff> states = new ConcurrentHashMap<>();

    @Override
    public Optional<QuarterSignOff> find(Quarter quarter) {
        return Optional.ofNullable(states.get(quarter));
    }

    @Override
    public Set<Quarter> signedOffQuarters() {
        Set<Quarter> signedOff = new HashSet<>();
        states.forEach((quarter, state) -> {
            if (state.signedOff()) {
                signedOff.add(quarter);
            }
        });
        return signedOff;
    }

    @Override
    public void signOff(Quarter quarter, String by, Instant at) {
        QuarterSignOff previous = states.get(quarter);
        if (previous != null && previous.signedOff()) {
            throw new RecordConflictException("Quarter " + quarter.id() + " is already signed off.");
        }
        states.put(quarter, new QuarterSignOff(quarter.id(), true, by, at, previous == null ? null : previous.reopenedBy(),
                previous == null ? null : previous.reopenedAt()));
    }

    @Override
    public void undoSignOff(Quarter quarter, Optional<QuarterSignOff> before) {
        before.ifPresentOrElse(state -> states.put(quarter, state), () -> states.remove(quarter));
    }

    @Override
    public void reopen(Quarter quarter, String by, Instant at) {
        QuarterSignOff previous = states.get(quarter);
        states.put(quarter, new QuarterSignOff(quarter.id(), false, previous == null ? null : previous.signedOffBy(),
                previous == null ? null : previous.signedOffAt(), by, at));
    }
}
