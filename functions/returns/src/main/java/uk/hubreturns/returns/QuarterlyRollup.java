package uk.hubreturns.returns;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.HubRepository;
import uk.hubreturns.common.returns.QuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;

/**
 * Recomputes a quarter's returns from the records: each hub independently (in parallel, reads only), then the
 * hubs' returns are written together (BatchWriteItem) and the county's last, so a county return stored for a
 * quarter means every hub's return of that run is stored too. Every return is written once per run and depends
 * only on the records, so a second run, or a run after one that stopped part-way, gives the same figures.
 * A signed-off quarter is never recomputed.
 */
public final class QuarterlyRollup {

    /** Hubs rolled up at once: enough to overlap DynamoDB round trips, few enough for a 1 GB function. */
    static final int PARALLEL_HUBS = 8;

    public record Outcome(String quarter, boolean skippedBecauseSignedOff, int hubs, int inputsCount) {
    }

    private final HubRepository hubs;
    private final QuarterRecordsReader reader;
    private final HubReturnCalculator calculator;
    private final ReturnsStore store;
    private final QuarterSignOffs signOffs;
    private final QuarterCalendar calendar;
    private final Clock clock;

    @Inject
    public QuarterlyRollup(HubRepository hubs, QuarterRecordsReader reader, HubReturnCalculator calculator, ReturnsStore store,
                           QuarterSignOffs signOffs, QuarterCalendar calendar, Clock clock) {
        this.hubs = hubs;
        this.reader = reader;
        this.calculator = calculator;
        this.store = store;
        this.signOffs = signOffs;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The nightly run: the previous quarter first (the current one's new and retained volunteers build on it), then the current. */
    public List<Outcome> rollUpRecentQuarters() {
        Quarter current = calendar.quarterOf(clock.instant().atZone(QuarterCalendar.LONDON).toLocalDate());
        return List.of(rollUp(current.previous()), rollUp(current));
    }

    public Outcome rollUp(Quarter quarter) {
        if (signOffs.isSignedOff(quarter)) {
            return new Outcome(quarter.id(), true, 0, 0);
        }
        CountyReturn county = recompute(quarter);
        return new Outcome(quarter.id(), false, county.hubs().size(), county.inputsCount());
    }

    /** Recomputes and stores the quarter's returns regardless of its sign-off state (sign-off itself uses this). */
    CountyReturn recompute(Quarter quarter) {
        Instant generatedAt = clock.instant();
        List<Hub> allHubs = allHubs();
        List<RolledUpHub> rolledUp = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(PARALLEL_HUBS, allHubs.size())));
        try {
            List<Future<RolledUpHub>> running = new ArrayList<>();
            for (Hub hub : allHubs) {
                running.add(pool.submit(() -> rollUpHub(hub, quarter, generatedAt)));
            }
            for (Future<RolledUpHub> hub : running) {
                rolledUp.add(hub.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rollup of " + quarter.id() + " was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The rollup of " + quarter.id() + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        store.saveHubReturns(quarter, rolledUp);
        Optional<CountyReturn> previous = store.findCountyReturn(quarter.previous());
        List<HubReturn> hubReturns = rolledUp.stream().map(RolledUpHub::hubReturn).toList();
        CountyReturn county = CountyReturnCalculator.calculate(quarter.id(), hubReturns, previous.orElse(null), generatedAt);
        store.saveCountyReturn(county);
        return county;
    }

    private RolledUpHub rollUpHub(Hub hub, Quarter quarter, Instant generatedAt) {
        QuarterRecords records = reader.read(hub, quarter);
        Map<String, Set<String>> refsByQuarter = store.volunteerRefsUpTo(hub.hubId(), quarter);
        Set<String> keptForQuarter = refsByQuarter.remove(quarter.id());
        HubReturn hubReturn = calculator.calculate(records, history(hub, quarter, refsByQuarter), generatedAt);
        Set<String> active = HubReturnCalculator.activeVolunteers(records);
        return new RolledUpHub(hubReturn, active, active.equals(keptForQuarter));
    }

    /**
     * Who was active at the hub before {@code quarter}, from the refs each earlier quarter's rollup kept. If the quarter
     * before was never rolled up (records imported, or a quarter rolled up out of order), the refs of every quarter
     * from the hub's first record on that has none are read from its entries and kept, as its own rollup would, so
     * that new and retained volunteers never depend on the order quarters were rolled up in.
     */
    private VolunteerHistory history(Hub hub, Quarter quarter, Map<String, Set<String>> refsByQuarter) {
        Quarter previous = quarter.previous();
        if (!refsByQuarter.containsKey(previous.id())) {
            Optional<Quarter> earliest = reader.earliestQuarter(hub);
            for (Quarter missing = earliest.orElse(quarter); missing.compareTo(previous) <= 0; missing = missing.next()) {
                if (!refsByQuarter.containsKey(missing.id())) {
                    Set<String> refs = reader.activeVolunteerRefs(hub, missing);
                    store.saveVolunteerRefs(hub.hubId(), missing, refs);
                    refsByQuarter.put(missing.id(), refs);
                }
            }
        }
        return VolunteerHistory.of(refsByQuarter, previous);
    }

    private List<Hub> allHubs() {
        List<Hub> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<Hub> page = hubs.list(new PageRequest(cursor, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            cursor = Optional.ofNullable(page.nextCursor());
        } while (cursor.isPresent());
        return all;
    }
}
