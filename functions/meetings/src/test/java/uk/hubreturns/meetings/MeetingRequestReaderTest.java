package uk.hubreturns.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.json.JsonInput;

class MeetingRequestReaderTest {

    private static final ObjectMapper MAPPER = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock TODAY_2026_05_20 =
            Clock.fixed(Instant.parse("2026-05-20T09:00:00Z"), ZoneId.of("Europe/London"));

    private final MeetingRequestReader reader = new MeetingRequestReader(new JsonInput(), TODAY_2026_05_20);

    @Test
    void readsTheSampleMeetingFromEvents() throws IOException {
        MeetingDetails details = reader.readNew(sampleBody().toString());

        assertThat(details.date()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(details.type()).isEqualTo(MeetingType.LOCAL_PARTNERSHIP);
        assertThat(details.chairs()).hasSize(2);
        assertThat(details.attendees()).extracting(Participant::sector)
                .contains(Sector.SCHOOLS, Sector.POLICE, Sector.PARENTS_CARERS);
        assertThat(details.attendees()).filteredOn(p -> p.sector() == Sector.PARENTS_CARERS)
                .extracting(Participant::organisation).containsOnlyNulls();
        assertThat(details.actions()).singleElement().satisfies(action -> {
            assertThat(action.actionId()).isNull();
            assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        });
        assertThat(details.costPence()).isEqualTo(4500);
    }

    @Test
    void costDefaultsToNothingAndListsToEmpty() throws IOException {
        ObjectNode body = sampleBody();
        body.remove(List.of("costPence", "attendees", "apologies", "decisions", "actions"));

        MeetingDetails details = reader.readNew(body.toString());

        assertThat(details.costPence()).isZero();
        assertThat(details.attendees()).isEmpty();
        assertThat(details.actions()).isEmpty();
    }

    @Test
    void acceptsADateExactlyOneYearAhead() throws IOException {
        assertThat(reader.readNew(sampleWith(b -> b.put("date", "2027-05-20")).toString()).date())
                .isEqualTo(LocalDate.of(2027, 5, 20));
    }

    @Test
    void namesEveryBadFieldOfAMeeting() throws IOException {
        ObjectNode body = sampleWith(b -> {
            b.put("date", "2027-05-21");
            b.put("type", "COFFEE_MORNING");
            b.remove("title");
            b.putArray("chairs").add("One").add("Two").add("Three");
            ((ObjectNode) b.withArray("attendees").get(1)).put("name", "  ");
            ((ObjectNode) b.withArray("attendees").get(2)).put("sector", "FIRE_SERVICE");
            b.withArray("decisions").add("x".repeat(MeetingRequestReader.MAX_DECISION + 1));
            ((ObjectNode) b.withArray("actions").get(0)).put("dueDate", "2026-06-31");
            b.put("costPence", -100);
            b.put("venue", "Town hall");
        });

        List<FieldError> errors = catchThrowableOfType(InvalidInputException.class, () -> reader.readNew(body.toString())).errors();

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "date", "type", "title", "chairs", "attendees[1].name", "attendees[2].sector",
                "decisions[1]", "actions[0].dueDate", "costPence", "venue");
        assertThat(errors).contains(new FieldError("date", "must not be more than a year from today (2027-05-20 at the latest)"));
    }

    @Test
    void needsAtLeastOneChair() throws IOException {
        ObjectNode body = sampleWith(b -> b.putArray("chairs"));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.readNew(body.toString())).errors())
                .containsExactly(new FieldError("chairs", "must have at least one entry"));
    }

    @Test
    void aNewMeetingMayNotChooseItsActionIdsButAReplacementMayKeepThem() throws IOException {
        ObjectNode body = sampleWith(b -> ((ObjectNode) b.withArray("actions").get(0)).put("actionId", "a-1"));

        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.readNew(body.toString())).errors())
                .containsExactly(new FieldError("actions[0].actionId", "is not a known field"));
        assertThat(reader.readReplacement(body.toString()).actions().get(0).actionId()).isEqualTo("a-1");
    }

    static ObjectNode sampleBody() throws IOException {
        Path event = Path.of("../../events/record-meeting.json");
        String body = MAPPER.readTree(Files.readString(event)).get("body").textValue();
        return (ObjectNode) MAPPER.readTree(body);
    }

    private static ObjectNode sampleWith(Consumer<ObjectNode> change) throws IOException {
        ObjectNode body = sampleBody();
        change.accept(body);
        return body;
    }
}
