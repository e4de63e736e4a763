package uk.hubreturns.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.rag.TargetDirection;
import uk.hubreturns.common.time.Quarter;

/** What a hub recorded that a quarter's return is built from: only the facts the figures need, no names. */
public record QuarterRecords(
        Hub hub,
        Quarter quarter,
        List<MeetingFact> meetings,
        List<VolunteerFact> volunteerEntries,
        List<AgreementFact> agreements,
        List<ActualsFact> actuals) {

    public QuarterRecords {
        meetings = List.copyOf(meetings);
        volunteerEntries = List.copyOf(volunteerEntries);
        agreements = List.copyOf(agreements);
        actuals = List.copyOf(actuals);
    }

    /** Meetings, volunteer entries and actuals read for the quarter. */
    public int inputsCount() {
        return meetings.size() + volunteerEntries.size() + actuals.size();
    }

    public record MeetingFact(LocalDate date, String type, List<String> attendeeSectors, List<ActionFact> actions, long costPence) {
        public MeetingFact {
            attendeeSectors = List.copyOf(attendeeSectors);
            actions = List.copyOf(actions);
        }
    }

    public record ActionFact(String status, LocalDate dueDate) {
    }

    /** An entry as the return counts it; its date only placed it in the quarter (the Query's key), so it is not kept. */
    public record VolunteerFact(String volunteerRef, int minutes, String activity) {
    }

    public record AgreementFact(String agreementId, String title, LocalDate startDate, LocalDate endDate, List<MeasureFact> measures) {
        public AgreementFact {
            measures = List.copyOf(measures);
        }
    }

    public record MeasureFact(String measureId, String name, BigDecimal target, TargetDirection direction, BigDecimal amberTolerancePercent) {
    }

    public record ActualsFact(String agreementId, Map<String, BigDecimal> values) {
        public ActualsFact {
            values = Map.copyOf(values);
        }
    }
}
