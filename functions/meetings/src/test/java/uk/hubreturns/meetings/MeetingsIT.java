package uk.hubreturns.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.http.PreconditionFailedException;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.returns.OpenQuarterWrites;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.SampleEvents;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.devkit.TestEnvironment;

class MeetingsIT {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));

    private String table;
    private TestHubs hubs;
    private RecordMeetingHandler record;
    private ListMeetingsHandler list;
    private GetMeetingHandler get;
    private UpdateMeetingHandler update;
    private DeleteMeetingHandler delete;

    @BeforeEach
    void freshTableWithOneHub() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        MeetingsComponent component = DaggerMeetingsComponent.factory().create(Settings.of(settings), CLOCK);
        record = new RecordMeetingHandler(component);
        list = new ListMeetingsHandler(component);
        get = new GetMeetingHandler(component);
        update = new UpdateMeetingHandler(component);
        delete = new DeleteMeetingHandler(component);
        hubs = new TestHubs(table);
        hubs.add("banbury", CLOCK.instant());
    }

    @Test
    void recordsAMeetingAndReadsItBack() throws IOException {
        APIGatewayV2HTTPResponse created = record.handleRequest(SampleEvents.httpApi("record-meeting"), null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        JsonNode meeting = JSON.readTree(created.getBody());
        String meetingId = meeting.get("meetingId").asText();
        assertThat(created.getHeaders()).containsEntry("Location", "/hubs/banbury/meetings/" + meetingId)
                .containsEntry("Content-Type", "application/json");
        assertThat(meeting.get("title").asText()).isEqualTo("Banbury hub partnership: quarter 1");
        assertThat(meeting.get("attendees")).hasSize(5);
        assertThat(meeting.get("actions").get(0).get("actionId").asText()).isNotBlank();
        assertThat(meeting.get("costPence").asLong()).isEqualTo(4500);

        APIGatewayV2HTTPResponse read = get.handleRequest(meetingEvent("get-meeting", meetingId), null);

        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.getBody())).isEqualTo(meeting);
    }

    @Test
    void listsOnlyTheQuartersMeetingsNewestFirstAPageAtATime() throws IOException {
        for (String date : List.of("2026-04-01", "2026-06-30", "2026-05-14", "2026-04-20", "2026-06-01", "2026-03-31", "2026-07-01")) {
            assertThat(record.handleRequest(recordEvent(body -> body.put("date", date).put("title", "Meeting " + date)), null)
                    .getStatusCode()).isEqualTo(201);
        }

        List<String> dates = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = JSON.readTree(list.handleRequest(listEvent("2026-Q1", cursor, "2"), null).getBody());
            page.get("items").forEach(item -> dates.add(item.get("date").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(dates).containsExactly("2026-06-30", "2026-06-01", "2026-05-14", "2026-04-20", "2026-04-01");
        assertThat(pages).isEqualTo(3);
        JsonNode lastYear = JSON.readTree(list.handleRequest(listEvent("2025-Q4", null, null), null).getBody());
        assertThat(lastYear.get("items")).singleElement().satisfies(item -> assertThat(item.get("date").asText()).isEqualTo("2026-03-31"));
        assertThat(lastYear.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void replacesAMeetingKeepingTheActionsItNamesAndMovingItToItsNewQuarter() throws IOException {
        JsonNode created = JSON.readTree(record.handleRequest(SampleEvents.httpApi("record-meeting"), null).getBody());
        String meetingId = created.get("meetingId").asText();
        String actionId = created.get("actions").get(0).get("actionId").asText();

        ObjectNode replacement = (ObjectNode) JSON.readTree(SampleEvents.httpApi("update-meeting").getBody());
        replacement.put("date", "2026-07-02");
        ArrayNode actions = replacement.putArray("actions");
        actions.addObject().put("actionId", actionId).put("description", "Terms of reference agreed")
                .put("owner", "Hub Manager").put("dueDate", "2026-06-30").put("status", "DONE");
        actions.addObject().put("description", "Invite the district council").put("owner", "Chair").put("dueDate", "2026-09-30");
        APIGatewayV2HTTPEvent event = meetingEvent("update-meeting", meetingId);
        event.setBody(replacement.toString());

        APIGatewayV2HTTPResponse response = update.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode updated = JSON.readTree(response.getBody());
        assertThat(updated.get("costPence").asLong()).isEqualTo(5200);
        assertThat(updated.get("version").asLong()).isEqualTo(created.get("version").asLong() + 1);
        assertThat(updated.get("createdAt")).isEqualTo(created.get("createdAt"));
        assertThat(updated.get("actions").get(0).get("actionId").asText()).isEqualTo(actionId);
        assertThat(updated.get("actions").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(updated.get("actions").get(1).get("actionId").asText()).isNotBlank().isNotEqualTo(actionId);
        assertThat(JSON.readTree(list.handleRequest(listEvent("2026-Q1", null, null), null).getBody()).get("items")).isEmpty();
        assertThat(JSON.readTree(list.handleRequest(listEvent("2026-Q2", null, null), null).getBody()).get("items")).hasSize(1);
    }

    @Test
    void refusesToKeepAnActionTheMeetingNeverHad() throws IOException {
        String meetingId = JSON.readTree(record.handleRequest(SampleEvents.httpApi("record-meeting"), null).getBody()).get("meetingId").asText();
        ObjectNode replacement = (ObjectNode) JSON.readTree(SampleEvents.httpApi("update-meeting").getBody());
        ((ObjectNode) replacement.withArray("actions").get(0)).put("actionId", "not-an-action");
        APIGatewayV2HTTPEvent event = meetingEvent("update-meeting", meetingId);
        event.setBody(replacement.toString());

        APIGatewayV2HTTPResponse response = update.handleRequest(event, null);

        assertProblem(response, 400);
        assertThat(JSON.readTree(response.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("actions[0].actionId");
        assertThat(JSON.readTree(get.handleRequest(meetingEvent("get-meeting", meetingId), null).getBody()).get("costPence").asLong())
                .isEqualTo(4500);
    }

    @Test
    void aMeetingTooLargeToStoreIsRefusedAsTooLargeAndNothingIsKept() throws IOException {
        APIGatewayV2HTTPEvent event = recordEvent(body -> {
            body.put("date", "2026-05-20");
            ArrayNode decisions = body.putArray("decisions");
            for (int i = 0; i < 100; i++) {
                decisions.add("€".repeat(2000));
            }
        });

        APIGatewayV2HTTPResponse response = record.handleRequest(event, null);

        assertProblem(response, 413);
        assertThat(JSON.readTree(response.getBody()).get("detail").asText()).contains("nothing was saved");
        assertThat(JSON.readTree(list.handleRequest(listEvent("2026-Q1", null, null), null).getBody()).get("items")).isEmpty();
    }

    @Test
    void deletesAMeeting() throws IOException {
        String meetingId = JSON.readTree(record.handleRequest(SampleEvents.httpApi("record-meeting"), null).getBody()).get("meetingId").asText();

        APIGatewayV2HTTPResponse response = delete.handleRequest(meetingEvent("delete-meeting", meetingId), null);

        assertThat(response.getStatusCode()).isEqualTo(204);
        assertThat(response.getBody()).isNull();
        assertProblem(get.handleRequest(meetingEvent("get-meeting", meetingId), null), 404);
        assertProblem(delete.handleRequest(meetingEvent("delete-meeting", meetingId), null), 404);
        assertThat(itemsInHubPartition("banbury")).isZero();
    }

    @Test
    void aMeetingForAHubThatDoesNotExistIsNotFoundAndNotStored() {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("record-meeting", Map.of("hubId", "nowhere"));

        assertProblem(record.handleRequest(event, null), 404);
        assertProblem(list.handleRequest(SampleEvents.httpApi("list-meetings", Map.of("hubId", "nowhere")), null), 404);
        assertThat(itemsInHubPartition("nowhere")).isZero();
    }

    @Test
    void anInvalidMeetingNamesEveryBadFieldAndWritesNothing() throws IOException {
        APIGatewayV2HTTPEvent event = recordEvent(body -> {
            body.put("date", "2026-02-30");
            body.put("costPence", -1);
            ((ObjectNode) body.withArray("attendees").get(0)).put("name", "");
            ((ObjectNode) body.withArray("attendees").get(1)).put("sector", "ASTRONAUTS");
            body.put("type", "PARTY");
        });

        APIGatewayV2HTTPResponse response = record.handleRequest(event, null);

        assertProblem(response, 400);
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-request");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("date", "costPence", "attendees[0].name", "attendees[1].sector", "type");
        assertThat(itemsInHubPartition("banbury")).isZero();
    }

    @Test
    void malformedJsonIsABadRequestNotAServerError() {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("record-meeting");
        event.setBody("{\"date\": \"2026-05-14\",");

        assertProblem(record.handleRequest(event, null), 400);
        assertThat(itemsInHubPartition("banbury")).isZero();
    }

    @Test
    void listingNeedsAValidQuarterAndOnlyTakesItsOwnCursorsForThatQuarter() throws IOException {
        hubs.add("bicester", CLOCK.instant());
        for (int i = 0; i < 3; i++) {
            record.handleRequest(SampleEvents.httpApi("record-meeting"), null);
        }
        String banburyCursor = JSON.readTree(list.handleRequest(listEvent("2026-Q1", null, "1"), null).getBody()).get("nextCursor").asText();

        assertFieldError(list.handleRequest(listEvent(null, null, null), null), "quarter");
        assertFieldError(list.handleRequest(listEvent("2026-Q5", null, null), null), "quarter");
        assertFieldError(list.handleRequest(listEvent("2026-Q1", "not-a-cursor", null), null), "cursor");
        assertFieldError(list.handleRequest(listEvent("2026-Q1", null, "0"), null), "limit");
        APIGatewayV2HTTPResponse everythingWrong = list.handleRequest(listEvent("2026-Q5", "zzz", "0"), null);
        assertProblem(everythingWrong, 400);
        assertThat(JSON.readTree(everythingWrong.getBody()).get("errors")).extracting(error -> error.get("field").asText())
                .containsExactlyInAnyOrder("quarter", "cursor", "limit");
        APIGatewayV2HTTPEvent otherHub = listEvent("2026-Q1", banburyCursor, null);
        otherHub.setPathParameters(Map.of("hubId", "bicester"));
        assertFieldError(list.handleRequest(otherHub, null), "cursor");
        assertFieldError(list.handleRequest(listEvent("2026-Q2", banburyCursor, null), null), "cursor");
        String madeUp = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"pk\":\"HUB#banbury\",\"sk\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFieldError(list.handleRequest(listEvent("2026-Q1", madeUp, null), null), "cursor");
        String madeUpInTheIndex = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"pk\":\"HUB#banbury\",\"sk\":\"x\",\"quarterSk\":\"Q#2026-Q1#VOLUNTEER#x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFieldError(list.handleRequest(listEvent("2026-Q1", madeUpInTheIndex, null), null), "cursor");
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        String unknown = "0b5e3c1e-8d7a-4f2b-9f4e-2f6d1a7c9e10";

        assertProblem(get.handleRequest(meetingEvent("get-meeting", unknown), null), 404);
        assertProblem(update.handleRequest(meetingEvent("update-meeting", unknown), null), 404);
        assertProblem(delete.handleRequest(meetingEvent("delete-meeting", unknown), null), 404);
    }

    @Test
    void aReplacementBasedOnAnOldVersionIsRefusedAsChangedMeanwhile() {
        MeetingsComponent component = DaggerMeetingsComponent.factory().create(Settings.of(TestEnvironment.forTable(table)), CLOCK);
        Meeting original = component.meetingService().record("banbury", component.requestReader().readNew(SampleEvents.httpApi("record-meeting").getBody()));
        component.meetingService().replace("banbury", original.meetingId(),
                component.requestReader().readReplacement(SampleEvents.httpApi("update-meeting").getBody()), original.version());
        DynamoDbMeetingRepository repository = new DynamoDbMeetingRepository(
                hubs.enhancedClient(), table, QuarterCalendar.aprilStart(), hubs.pagedQuery(), new OpenQuarterWrites(hubs.enhancedClient()));

        assertThatThrownBy(() -> repository.update(original, original.date())).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> repository.delete(original)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> component.meetingService().delete("banbury", original.meetingId(), original.version()))
                .isInstanceOf(PreconditionFailedException.class)
                .hasMessageStartingWith("Meeting '" + original.meetingId() + "' has changed since you read it (it is now version 2");
    }

    private interface BodyChange {
        void apply(ObjectNode body);
    }

    private static APIGatewayV2HTTPEvent recordEvent(BodyChange change) throws IOException {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("record-meeting");
        ObjectNode body = (ObjectNode) JSON.readTree(event.getBody());
        change.apply(body);
        event.setBody(body.toString());
        return event;
    }

    private static APIGatewayV2HTTPEvent meetingEvent(String sample, String meetingId) {
        return SampleEvents.httpApi(sample, Map.of("meetingId", meetingId));
    }

    private static APIGatewayV2HTTPEvent listEvent(String quarter, String cursor, String limit) {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("list-meetings");
        Map<String, String> query = new HashMap<>();
        if (quarter != null) {
            query.put("quarter", quarter);
        }
        if (cursor != null) {
            query.put("cursor", cursor);
        }
        if (limit != null) {
            query.put("limit", limit);
        }
        event.setQueryStringParameters(query);
        return event;
    }

    private int itemsInHubPartition(String hubId) {
        return DynamoDbForTests.client().query(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUB#" + hubId)))
                .build()).count();
    }

    private static void assertProblem(APIGatewayV2HTTPResponse response, int status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
    }

    private static void assertFieldError(APIGatewayV2HTTPResponse response, String field) {
        assertProblem(response, 400);
        try {
            assertThat(JSON.readTree(response.getBody()).get("errors")).singleElement()
                    .satisfies(error -> assertThat(error.get("field").asText()).isEqualTo(field));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Hubs written straight through the shared repository: the meeting functions only read them. */
}
