package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.inject.Inject;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.rag.RagRating;
import uk.hubreturns.common.rag.RagTarget;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.returns.QuarterRecords.ActionFact;
import uk.hubreturns.returns.QuarterRecords.ActualsFact;
import uk.hubreturns.returns.QuarterRecords.AgreementFact;
import uk.hubreturns.returns.QuarterRecords.MeasureFact;
import uk.hubreturns.returns.QuarterRecords.MeetingFact;
import uk.hubreturns.returns.QuarterRecords.VolunteerFact;

/** The one definition of a hub's quarterly return (issue "Quarterly returns": every figure is computed here). */
public final class HubReturnCalculator {

    static final List<String> MEETING_TYPES = List.of("LOCAL_PARTNERSHIP", "COUNTY_PARTNERSHIP", "SUB_GROUP");
    static final List<String> ACTIVITIES = List.of("OUTREACH", "EVENTS", "MENTORING", "ADMIN", "GROUP_SESSIONS", "TRANSPORT", "OTHER");
    private static final Set<String> USER_VOICE = Set.of(Sector.PARENTS_CARERS.name(), Sector.CHILDREN_YOUNG_PEOPLE.name());

    private final QuarterCalendar calendar;

    @Inject
    public HubReturnCalculator(QuarterCalendar calendar) {
        this.calendar = calendar;
    }

    public HubReturn calculate(QuarterRecords records, VolunteerHistory history, Instant generatedAt) {
        List<AgreementFact> active = activeAgreements(records);
        HubReturn.Agreements agreements = agreements(active, records.actuals());
        return new HubReturn(
                records.hub().hubId(),
                records.hub().name(),
                records.quarter().id(),
                ReturnStatus.DRAFT,
                generatedAt,
                records.inputsCount(),
                meetings(records),
                volunteering(records.volunteerEntries(), history),
                agreements,
                completeness(records, active));
    }

    /** The refs active in the quarter, for the next quarter's history. */
    public static Set<String> activeVolunteers(QuarterRecords records) {
        Set<String> refs = new HashSet<>();
        records.volunteerEntries().forEach(entry -> refs.add(entry.volunteerRef()));
        return refs;
    }

    private HubReturn.Meetings meetings(QuarterRecords records) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        MEETING_TYPES.forEach(type -> byType.put(type, 0));
        int attendance = 0;
        int userVoice = 0;
        int open = 0;
        int done = 0;
        int overdue = 0;
        long spend = 0;
        Set<String> represented = new TreeSet<>();
        LocalDate lastDay = calendar.lastDay(records.quarter());
        for (MeetingFact meeting : records.meetings()) {
            byType.merge(meeting.type(), 1, Integer::sum);
            attendance += meeting.attendeeSectors().size();
            represented.addAll(meeting.attendeeSectors());
            if (meeting.attendeeSectors().stream().anyMatch(USER_VOICE::contains)) {
                userVoice++;
            }
            for (ActionFact action : meeting.actions()) {
                if ("DONE".equals(action.status())) {
                    done++;
                } else {
                    open++;
                    if (action.dueDate() != null && action.dueDate().isBefore(lastDay)) {
                        overdue++;
                    }
                }
            }
            spend += meeting.costPence();
        }
        List<String> required = records.hub().requiredSectors().stream().map(Sector::name).toList();
        long covered = required.stream().filter(represented::contains).count();
        return new HubReturn.Meetings(
                records.meetings().size(),
                byType,
                attendance,
                List.copyOf(represented),
                Fractions.of(covered, required.size()),
                userVoice,
                new HubReturn.Actions(open, done, overdue),
                spend,
                Fractions.quarterOfAnnualPence(records.hub().annualBudgetPence()));
    }

    private static HubReturn.Volunteering volunteering(List<VolunteerFact> entries, VolunteerHistory history) {
        long minutes = 0;
        Map<String, Long> minutesByActivity = new LinkedHashMap<>();
        ACTIVITIES.forEach(activity -> minutesByActivity.put(activity, 0L));
        Set<String> active = new HashSet<>();
        for (VolunteerFact entry : entries) {
            minutes += entry.minutes();
            minutesByActivity.merge(entry.activity(), (long) entry.minutes(), Long::sum);
            active.add(entry.volunteerRef());
        }
        int newVolunteers = (int) active.stream().filter(ref -> !history.seenBefore().contains(ref)).count();
        int retained = (int) active.stream().filter(history.activeInPreviousQuarter()::contains).count();
        int before = history.activeInPreviousQuarter().size();
        Map<String, BigDecimal> hoursByActivity = new LinkedHashMap<>();
        minutesByActivity.forEach((activity, activityMinutes) -> hoursByActivity.put(activity, Fractions.hours(activityMinutes)));
        return new HubReturn.Volunteering(Fractions.hours(minutes), active.size(), newVolunteers, retained, before,
                Fractions.of(retained, before), hoursByActivity);
    }

    private List<AgreementFact> activeAgreements(QuarterRecords records) {
        LocalDate first = calendar.firstDay(records.quarter());
        LocalDate last = calendar.lastDay(records.quarter());
        return records.agreements().stream()
                .filter(agreement -> !agreement.startDate().isAfter(last) && !agreement.endDate().isBefore(first))
                .toList();
    }

    private static HubReturn.Agreements agreements(List<AgreementFact> active, List<ActualsFact> actuals) {
        Map<String, Map<String, BigDecimal>> valuesByAgreement = new HashMap<>();
        actuals.forEach(fact -> valuesByAgreement.put(fact.agreementId(), fact.values()));
        List<HubReturn.MeasureResult> results = new ArrayList<>();
        Map<RagRating, Integer> counts = new TreeMap<>();
        for (AgreementFact agreement : active) {
            Map<String, BigDecimal> values = valuesByAgreement.getOrDefault(agreement.agreementId(), Map.of());
            for (MeasureFact measure : agreement.measures()) {
                BigDecimal actual = values.get(measure.measureId());
                RagRating rag = new RagTarget(measure.target(), measure.direction(), measure.amberTolerancePercent()).rate(actual);
                counts.merge(rag, 1, Integer::sum);
                results.add(new HubReturn.MeasureResult(agreement.agreementId(), agreement.title(), measure.measureId(), measure.name(),
                        measure.target(), measure.direction().name(), actual, rag.name()));
            }
        }
        int green = counts.getOrDefault(RagRating.GREEN, 0);
        int amber = counts.getOrDefault(RagRating.AMBER, 0);
        int red = counts.getOrDefault(RagRating.RED, 0);
        return new HubReturn.Agreements(results, green, amber, red, counts.getOrDefault(RagRating.NO_DATA, 0),
                Fractions.of(green, green + amber + red));
    }

    private static HubReturn.Completeness completeness(QuarterRecords records, List<AgreementFact> active) {
        List<String> missing = new ArrayList<>();
        if (records.meetings().isEmpty()) {
            missing.add("a partnership meeting");
        }
        if (records.volunteerEntries().isEmpty()) {
            missing.add("volunteer hours");
        }
        Map<String, Map<String, BigDecimal>> valuesByAgreement = new HashMap<>();
        records.actuals().forEach(fact -> valuesByAgreement.put(fact.agreementId(), fact.values()));
        for (AgreementFact agreement : active) {
            Map<String, BigDecimal> values = valuesByAgreement.getOrDefault(agreement.agreementId(), Map.of());
            long reported = agreement.measures().stream().filter(measure -> values.containsKey(measure.measureId())).count();
            if (reported < agreement.measures().size()) {
                missing.add("actuals for " + agreement.title() + " (" + reported + " of " + agreement.measures().size() + " measures)");
            }
        }
        int expected = 2 + active.size();
        return new HubReturn.Completeness(expected, expected - missing.size(), missing);
    }
}
