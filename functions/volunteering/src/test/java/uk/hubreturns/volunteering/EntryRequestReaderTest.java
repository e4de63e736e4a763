package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.devkit.SampleEvents;

class EntryRequestReaderTest {

    private final EntryRequestReader reader = new EntryRequestReader(
            new JsonInput(), new EntryRules(VolunteerHoursCsvTest.TODAY_2026_07_10));

    private List<FieldError> errorsFor(String body) {
        return catchThrowableOfType(InvalidInputException.class, () -> reader.read(body)).errors();
    }

    @Test
    void readsTheSampleEntryFromEvents() {
        EntryDetails details = reader.read(SampleEvents.httpApi("log-volunteer-hours").getBody());

        assertThat(details).isEqualTo(new EntryDetails("V-0012", LocalDate.of(2026, 5, 14), 150, Activity.MENTORING,
                "Homework club at Banbury Academy"));
    }

    @Test
    void theNoteIsOptional() {
        EntryDetails details = reader.read("{\"volunteerRef\":\"V-1\",\"date\":\"2026-07-10\",\"hours\":24,\"activity\":\"OTHER\"}");

        assertThat(details.note()).isNull();
        assertThat(details.minutes()).isEqualTo(1440);
    }

    @Test
    void namesEveryBadField() {
        List<FieldError> errors = errorsFor("""
                {"volunteerRef": "Jane Smith", "date": "2026-07-11", "hours": 1.1, "activity": "KNITTING",
                 "note": "%s", "name": "Jane"}""".formatted("x".repeat(501)));

        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("volunteerRef", VolunteerRefs.RULE),
                new FieldError("date", "must not be in the future (today is 2026-07-10)"),
                new FieldError("hours", "must be in steps of 0.25 (such as 1, 1.25, 1.5 or 1.75)"),
                new FieldError("activity", "must be one of: OUTREACH, EVENTS, MENTORING, ADMIN, GROUP_SESSIONS, TRANSPORT, OTHER"),
                new FieldError("note", "must be at most 500 characters"),
                new FieldError("name", "is not a known field"));
    }

    @Test
    void hoursMustBeANumberAboveZeroAndAtMost24() {
        String body = "{\"volunteerRef\":\"V-1\",\"date\":\"2026-04-01\",\"hours\":%s,\"activity\":\"OTHER\"}";

        assertThat(errorsFor(body.formatted("0"))).containsExactly(new FieldError("hours", "must be more than 0"));
        assertThat(errorsFor(body.formatted("-2"))).containsExactly(new FieldError("hours", "must be more than 0"));
        assertThat(errorsFor(body.formatted("24.25"))).containsExactly(new FieldError("hours", "must be at most 24"));
        assertThat(errorsFor(body.formatted("\"1.5\""))).containsExactly(new FieldError("hours", "must be a number"));
        assertThat(reader.read(body.formatted("0.25")).minutes()).isEqualTo(15);
    }

    @Test
    void everyFieldButTheNoteIsRequired() {
        assertThat(errorsFor("{}")).extracting(FieldError::field).containsExactlyInAnyOrder("volunteerRef", "date", "hours", "activity");
    }

    @Test
    void aReferenceOverFortyCharactersIsRefused() {
        assertThat(errorsFor("{\"volunteerRef\":\"" + "V".repeat(41) + "\",\"date\":\"2026-04-01\",\"hours\":1,\"activity\":\"OTHER\"}"))
                .containsExactly(new FieldError("volunteerRef", "must be at most 40 characters"));
    }
}
