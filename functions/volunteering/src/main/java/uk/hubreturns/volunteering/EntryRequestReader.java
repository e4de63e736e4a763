package uk.hubreturns.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.inject.Inject;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.common.json.ObjectInput;

/** Validates the body of {@code POST /hubs/{hubId}/volunteer-hours}, naming every bad field at once. */
public final class EntryRequestReader {

    private final JsonInput json;
    private final EntryRules rules;

    @Inject
    EntryRequestReader(JsonInput json, EntryRules rules) {
        this.json = json;
        this.rules = rules;
    }

    EntryDetails read(String body) {
        return json.read(body, this::details);
    }

    private EntryDetails details(ObjectInput in) {
        String volunteerRef = in.requiredText("volunteerRef", VolunteerRefs.MAX_LENGTH);
        if (volunteerRef != null && !VolunteerRefs.isValid(volunteerRef)) {
            in.addError("volunteerRef", VolunteerRefs.RULE);
            volunteerRef = null;
        }
        LocalDate date = in.requiredDate("date");
        if (date != null && !rules.checkDate(date, problem -> in.addError("date", problem))) {
            date = null;
        }
        BigDecimal hours = in.requiredDecimal("hours");
        Integer minutes = hours == null ? null : Hours.toMinutes(hours, problem -> in.addError("hours", problem));
        Activity activity = in.requiredEnum("activity", Activity.class);
        String note = in.optionalText("note", EntryRules.MAX_NOTE);
        return new EntryDetails(volunteerRef, date, minutes == null ? 0 : minutes, activity, note);
    }
}
