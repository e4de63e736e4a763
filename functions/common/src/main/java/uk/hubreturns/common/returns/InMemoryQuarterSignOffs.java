package uk.hubreturns.common.returns;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    public QuarterSignOff signOff(Quarter quarter, String by, Instant at) {
        QuarterSignOff previous = states.get(quarter);
        if (previous != null && previous.signedOff()) {
            throw QuarterSignOffs.alreadySignedOff(quarter);
        }
        QuarterSignOff signedOff = new QuarterSignOff(quarter.id(), true, by, at, previous == null ? null : previous.reopenedBy(),
                previous == null ? null : previous.reopenedAt());
        states.put(quarter, signedOff);
        return signedOff;
    }

    @Override
    public void undoSignOff(Quarter quarter, Optional<QuarterSignOff> before) {
        before.ifPresentOrElse(state -> states.put(quarter, state), () -> states.remove(quarter));
    }

    @Override
    public QuarterSignOff reopen(Quarter quarter, String by, Instant at) {
        QuarterSignOff previous = states.get(quarter);
        if (previous == null || !previous.signedOff()) {
            throw QuarterSignOffs.notSignedOff(quarter);
        }
        QuarterSignOff reopened = new QuarterSignOff(quarter.id(), false, previous.signedOffBy(), previous.signedOffAt(), by, at);
        states.put(quarter, reopened);
        return reopened;
    }
}
