package uk.hubreturns.returns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.returns.QuarterSignOff;
import uk.hubreturns.common.returns.QuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;

/** Reading returns, with their DRAFT or FINAL status, and signing quarters off or reopening them. */
public final class ReturnsService {

    private final ReturnsStore store;
    private final QuarterSignOffs signOffs;
    private final QuarterlyRollup rollup;
    private final KnownHubs hubs;
    private final QuarterCalendar calendar;
    private final Clock clock;

    @Inject
    ReturnsService(ReturnsStore store, QuarterSignOffs signOffs, QuarterlyRollup rollup, KnownHubs hubs, QuarterCalendar calendar,
                   Clock clock) {
        this.store = store;
        this.signOffs = signOffs;
        this.rollup = rollup;
        this.hubs = hubs;
        this.calendar = calendar;
        this.clock = clock;
    }

    public CountyReturn county(Quarter quarter) {
        CountyReturn county = store.findCountyReturn(quarter).orElseThrow(() -> notRolledUp(quarter));
        return withSignOff(county, signOffs.find(quarter));
    }

    public HubReturn hub(String hubId, Quarter quarter) {
        hubs.require(hubId);
        HubReturn hubReturn = store.findHubReturn(hubId, quarter).orElseThrow(() -> notRolledUp(quarter));
        return hubReturn.withStatus(statusOf(quarter));
    }

    /**
     * A hub's return with the county return it was rolled up into (one run, one status), for the summaries that set the hub
     * beside the county's benchmarks: the hub's return is the county's copy, so one read of each serves both.
     */
    public HubInCounty hubInCounty(String hubId, Quarter quarter) {
        hubs.require(hubId);
        CountyReturn county = county(quarter);
        HubReturn hub = county.hubs().stream().filter(candidate -> candidate.hubId().equals(hubId)).findFirst()
                .orElseThrow(() -> notRolledUp(quarter));
        return new HubInCounty(hub, county);
    }

    public record HubInCounty(HubReturn hub, CountyReturn county) {
    }

    public List<HubReturn> hubQuarters(String hubId) {
        hubs.require(hubId);
        Set<Quarter> signedOff = signOffs.signedOffQuarters();
        List<HubReturn> newestFirst = new ArrayList<>();
        for (HubReturn hubReturn : store.hubReturns(hubId)) {
            boolean isFinal = signedOff.contains(Quarter.parse(hubReturn.quarter()).orElseThrow());
            newestFirst.add(0, hubReturn.withStatus(isFinal ? ReturnStatus.FINAL : ReturnStatus.DRAFT));
        }
        return newestFirst;
    }

    /**
     * Freezes the quarter, then recomputes it one last time from every record: from the moment it is frozen no record dated
     * in it can change, so what is signed off is what the records say. If the recompute cannot be finished, the quarter is
     * put back as it was, open to corrections, and the error is passed on.
     */
    public CountyReturn signOff(Quarter quarter, String actor) {
        Optional<QuarterSignOff> before = signOffs.find(quarter);
        if (before.map(QuarterSignOff::signedOff).orElse(false)) {
            throw QuarterSignOffs.alreadySignedOff(quarter);
        }
        LocalDate lastDay = calendar.lastDay(quarter);
        if (!LocalDate.now(clock.withZone(QuarterCalendar.LONDON)).isAfter(lastDay)) {
            throw new RecordConflictException("Quarter " + quarter.id() + " has not ended yet (its last day is " + lastDay
                    + "): it can be signed off from the day after, once its records are in.");
        }
        QuarterSignOff signedOff = signOffs.signOff(quarter, actor, clock.instant());
        CountyReturn recomputed;
        try {
            recomputed = rollup.recompute(quarter);
        } catch (RuntimeException notRecomputed) {
            try {
                signOffs.undoSignOff(quarter, before);
            } catch (RuntimeException notUndone) {
                notRecomputed.addSuppressed(notUndone);
            }
            throw notRecomputed;
        }
        return withSignOff(recomputed, Optional.of(signedOff));
    }

    /** Reopens a signed-off quarter (409 if it is not) for corrections; its returns become DRAFT again. */
    public CountyReturn reopen(Quarter quarter, String actor) {
        QuarterSignOff reopened = signOffs.reopen(quarter, actor, clock.instant());
        CountyReturn county = store.findCountyReturn(quarter).orElseThrow(() -> notRolledUp(quarter));
        return withSignOff(county, Optional.of(reopened));
    }

    private static CountyReturn withSignOff(CountyReturn county, Optional<QuarterSignOff> state) {
        QuarterSignOff signOff = state.orElse(null);
        if (signOff == null) {
            return county.withStatus(ReturnStatus.DRAFT, null);
        }
        return county.withStatus(signOff.signedOff() ? ReturnStatus.FINAL : ReturnStatus.DRAFT,
                new CountyReturn.SignOff(signOff.signedOffBy(), signOff.signedOffAt(), signOff.reopenedBy(), signOff.reopenedAt()));
    }

    private ReturnStatus statusOf(Quarter quarter) {
        return signOffs.isSignedOff(quarter) ? ReturnStatus.FINAL : ReturnStatus.DRAFT;
    }


    private static RecordNotFoundException notRolledUp(Quarter quarter) {
        return new RecordNotFoundException("There is no return for " + quarter.id() + " yet. Returns are rolled up every night; "
                + "a county administrator can run the rollup now.");
    }
}
