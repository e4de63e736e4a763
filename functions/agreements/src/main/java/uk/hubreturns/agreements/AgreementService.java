package uk.hubreturns.agreements;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.domain.RecordIds;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.Versions;
import uk.hubreturns.common.http.PreconditionRequiredException;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;

public final class AgreementService {

    private final AgreementRepository agreements;
    private final ActualsRepository actuals;
    private final KnownHubs hubs;
    private final QuarterCalendar calendar;
    private final Clock clock;

    @Inject
    AgreementService(AgreementRepository agreements, ActualsRepository actuals, KnownHubs hubs, QuarterCalendar calendar,
                     Clock clock) {
        this.agreements = agreements;
        this.actuals = actuals;
        this.hubs = hubs;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Agreement create(String hubId, AgreementDetails details) {
        hubs.require(hubId);
        Instant now = clock.instant();
        return agreements.create(Agreement.from(RecordIds.next(), hubId, details, now, now, null, null));
    }

    public Page<Agreement> list(String hubId, PageRequest page) {
        hubs.require(hubId);
        return agreements.list(hubId, page);
    }

    public Agreement get(String hubId, String agreementId) {
        hubs.require(hubId);
        RecordNotFoundException notFound = new RecordNotFoundException("Hub '" + hubId + "' has no agreement with that id.");
        if (!RecordIds.isWellFormed(agreementId)) {
            throw notFound;
        }
        return agreements.find(hubId, agreementId).orElseThrow(() -> notFound);
    }

    /**
     * Replaces an agreement. Actuals already recorded must stay meaningful: every quarter with actuals must still
     * overlap the agreement's dates, and every measure they give a value must still be a measure.
     */
    public Agreement replace(String hubId, String agreementId, AgreementDetails details, long expectedVersion) {
        Agreement current = get(hubId, agreementId);
        Versions.require(expectedVersion, current.version(), "Agreement '" + agreementId + "'");
        FieldErrors errors = new FieldErrors();
        Set<String> newMeasures = details.measures().stream().map(Measure::measureId).collect(Collectors.toSet());
        Set<String> dropped = new TreeSet<>();
        for (QuarterActuals recorded : actuals.listForAgreement(hubId, agreementId)) {
            Quarter quarter = recorded.quarter();
            if (calendar.lastDay(quarter).isBefore(details.startDate())) {
                errors.add("startDate", "must not be after " + calendar.lastDay(quarter) + ": actuals are recorded for " + quarter);
            } else if (calendar.firstDay(quarter).isAfter(details.endDate())) {
                errors.add("endDate", "must not be before " + calendar.firstDay(quarter) + ": actuals are recorded for " + quarter);
            }
            recorded.values().keySet().stream().filter(measureId -> !newMeasures.contains(measureId)).forEach(dropped::add);
        }
        dropped.forEach(measureId -> errors.add("measures", "must keep the measure '" + measureId + "': recorded actuals give it a value"));
        errors.throwIfAny();
        return agreements.update(Agreement.from(agreementId, hubId, details, current.createdAt(), clock.instant(), current.version(), current.createdBy()));
    }

    /** Records (or replaces) a quarter's actuals; every value must be for a measure of the agreement, and the quarter within its dates. */
    public QuarterActualsView recordActuals(String hubId, String agreementId, String quarterId, ActualsDetails details) {
        return recordActuals(hubId, agreementId, quarterId, details, Optional.empty());
    }

    /** Replacing a quarter's actuals needs the version read ({@code If-Match}); recording them the first time does not. */
    public QuarterActualsView recordActuals(String hubId, String agreementId, String quarterId, ActualsDetails details,
                                            Optional<Long> expectedVersion) {
        return recordActuals(get(hubId, agreementId), quarterOf(quarterId), details, expectedVersion);
    }

    /** As above, for an agreement already read. */
    public QuarterActualsView recordActuals(Agreement agreement, Quarter quarter, ActualsDetails details, Optional<Long> expectedVersion) {
        String hubId = agreement.hubId();
        String agreementId = agreement.agreementId();
        FieldErrors errors = new FieldErrors();
        checkActuals(agreement, Optional.of(quarter), details.values().keySet(), errors::add);
        errors.throwIfAny();
        Long version = actuals.find(hubId, agreementId, quarter).map(QuarterActuals::version).orElse(null);
        if (version != null && expectedVersion.isEmpty()) {
            throw new PreconditionRequiredException("Actuals for " + quarter + " are recorded already: send If-Match with the "
                    + "version you read (GET …/actuals) to replace them.");
        }
        if (expectedVersion.isPresent()) {
            Versions.require(expectedVersion.get(), version, "The actuals for " + quarter);
        }
        QuarterActuals saved = actuals.save(new QuarterActuals(hubId, agreementId, quarter, details.values(), details.commentary(),
                clock.instant(), version, null));
        return QuarterActualsView.of(agreement, quarter, saved);
    }

    /** Every quarter the agreement spans, earliest first, each measure rated against the quarter's actuals. */
    public ActualsList listActuals(String hubId, String agreementId) {
        Agreement agreement = get(hubId, agreementId);
        Map<Quarter, QuarterActuals> recorded = actuals.listForAgreement(hubId, agreementId).stream()
                .collect(Collectors.toMap(QuarterActuals::quarter, Function.identity()));
        List<QuarterActualsView> items = new ArrayList<>();
        Quarter last = calendar.quarterOf(agreement.endDate());
        for (Quarter quarter = calendar.quarterOf(agreement.startDate()); quarter.compareTo(last) <= 0; quarter = quarter.next()) {
            items.add(QuarterActualsView.of(agreement, quarter, recorded.get(quarter)));
        }
        return new ActualsList(items);
    }

    private static final String QUARTER_RULE = "must be a quarter written YYYY-Qn, such as 2026-Q1";

    static Quarter quarterOf(String quarterId) {
        return Quarter.parse(quarterId).orElseThrow(() -> InvalidInputException.of("quarter", QUARTER_RULE));
    }

    /**
     * What is wrong with actuals for {@code measureIds} in {@code quarter} beyond their shape: the quarter must
     * overlap the agreement and every value be for one of its measures. The handler adds these to the body's own
     * problems, so that one answer names them all.
     */
    void checkActuals(Agreement agreement, Optional<Quarter> named, Collection<String> measureIds, BiConsumer<String, String> error) {
        if (named.isEmpty()) {
            error.accept("quarter", QUARTER_RULE);
        } else if (!overlaps(agreement, named.get())) {
            Quarter quarter = named.get();
            error.accept("quarter", "must overlap the agreement, which runs from " + agreement.startDate() + " to " + agreement.endDate()
                    + "; " + quarter + " runs from " + calendar.firstDay(quarter) + " to " + calendar.lastDay(quarter));
        }
        String known = agreement.measures().stream().map(Measure::measureId).collect(Collectors.joining(", "));
        for (String measureId : measureIds) {
            if (agreement.measure(measureId).isEmpty()) {
                error.accept("values." + abbreviate(measureId), "is not a measure of this agreement; its measures are: " + known);
            }
        }
    }

    private boolean overlaps(Agreement agreement, Quarter quarter) {
        return !calendar.firstDay(quarter).isAfter(agreement.endDate()) && !calendar.lastDay(quarter).isBefore(agreement.startDate());
    }


    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
