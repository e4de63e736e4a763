package uk.hubreturns.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.returns.DynamoDbQuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.DynamoDbFaults;
import uk.hubreturns.devkit.DynamoDbFaults.Fault;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.SampleEvents;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.devkit.TestEnvironment;

/**
 * A meeting recorded while DynamoDB throttles or fails, injected into the SDK's HTTP client so that the SDK's own
 * retries run: a few refusals are retried and the meeting is stored once; refusals that outlast the retries are a
 * 503 problem with Retry-After, and nothing is stored. A quarter signed off just before the write reaches DynamoDB
 * refuses it.
 */
class MeetingsUnderDynamoDbFaultsIT {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));

    private static final Quarter QUARTER_1 = Quarter.parse("2026-Q1").orElseThrow();

    private final DynamoDbFaults faults = DynamoDbFaults.overUrlConnection();
    private String table;
    private FaultyMeetingsComponent component;
    private RecordMeetingHandler record;
    private ListMeetingsHandler list;

    @BeforeEach
    void freshTableWithOneHub() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        component = DaggerFaultyMeetingsComponent.factory().create(Settings.of(settings), CLOCK, faults);
        record = new RecordMeetingHandler(component);
        list = new ListMeetingsHandler(component);
        new TestHubs(table).add("banbury", CLOCK.instant());
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aWriteRefusedTwiceIsRetriedByTheSdkAndStoredOnce(Fault fault) throws IOException {
        faults.failNext("TransactWriteItems", 2, fault);

        APIGatewayV2HTTPResponse created = record.handleRequest(SampleEvents.httpApi("record-meeting"), null);

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(201);
        assertThat(faults.failed("TransactWriteItems")).isEqualTo(2);
        assertThat(meetingsListedIn("2026-Q1")).isEqualTo(1);
        assertThat(meetingItemsStored()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void aWriteRefusedBeyondTheRetriesIsA503WithRetryAfterAndStoresNothing(Fault fault) throws IOException {
        faults.failFrom("TransactWriteItems", 1, fault);

        APIGatewayV2HTTPResponse refused = record.handleRequest(SampleEvents.httpApi("record-meeting"), null);

        assertThat(refused.getStatusCode()).isEqualTo(503);
        assertThat(refused.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(refused.getHeaders().get("Retry-After")).matches("[1-9][0-9]*");
        JsonNode problem = JSON.readTree(refused.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asText()).contains("nothing was saved");
        assertThat(faults.failed("TransactWriteItems")).as("four attempts, then the SDK gives up").isEqualTo(4);

        faults.heal();
        assertThat(meetingsListedIn("2026-Q1")).isZero();
        assertThat(meetingItemsStored()).isZero();
    }

    @org.junit.jupiter.api.Test
    void primingForASnapshotReadsOneKeyNoRecordHasAndNeverFailsEvenWhenDynamoDbDoes() throws IOException {
        component.primer().prime();
        assertThat(faults.calls("GetItem")).isEqualTo(1);
        assertThat(faults.calls("PutItem") + faults.calls("TransactWriteItems")).isZero();

        faults.failFrom("GetItem", 1, Fault.INTERNAL_SERVER_ERROR);
        component.primer().prime();
        faults.heal();

        assertThat(record.handleRequest(SampleEvents.httpApi("record-meeting"), null).getStatusCode()).isEqualTo(201);
        assertThat(meetingItemsStored()).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void aMeetingWrittenAsItsQuarterIsSignedOffIsRefusedAndNotStoredSoTheSignedOffReturnHoldsEveryMeeting() throws IOException {
        faults.beforeNext("TransactWriteItems", () -> signOffs().signOff(QUARTER_1, "county-admin", CLOCK.instant()));

        APIGatewayV2HTTPResponse refused = record.handleRequest(SampleEvents.httpApi("record-meeting"), null);

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(409);
        assertThat(JSON.readTree(refused.getBody()).get("detail").asText()).startsWith("Quarter 2026-Q1 is signed off");
        assertThat(meetingItemsStored()).isZero();
    }

    @org.junit.jupiter.api.Test
    void aMeetingMovedOutOfOrDeletedFromAQuarterAsItIsSignedOffStaysInIt() {
        MeetingService meetings = component.meetingService();
        Meeting recorded = meetings.record("banbury", meetingOn(LocalDate.of(2026, 5, 14)));
        faults.beforeNext("TransactWriteItems", () -> signOffs().signOff(QUARTER_1, "county-admin", CLOCK.instant()));

        assertThatThrownBy(() -> meetings.replace("banbury", recorded.meetingId(), meetingOn(LocalDate.of(2026, 7, 2)), recorded.version()))
                .isInstanceOf(RecordConflictException.class).hasMessageStartingWith("Quarter 2026-Q1 is signed off");
        assertThatThrownBy(() -> meetings.delete("banbury", recorded.meetingId(), recorded.version()))
                .isInstanceOf(RecordConflictException.class).hasMessageStartingWith("Quarter 2026-Q1 is signed off");

        assertThat(meetings.get("banbury", recorded.meetingId())).isEqualTo(recorded);
    }

    private DynamoDbQuarterSignOffs signOffs() {
        return new DynamoDbQuarterSignOffs(DynamoDbForTests.client(), table);
    }

    private static MeetingDetails meetingOn(LocalDate date) {
        return new MeetingDetails(date, MeetingType.LOCAL_PARTNERSHIP, "Partnership", List.of("Chair"),
                List.of(new Participant("Head teacher", "School", Sector.SCHOOLS)), List.of(), List.of(), List.of(), 0L);
    }

    private int meetingsListedIn(String quarter) throws IOException {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("list-meetings");
        event.setQueryStringParameters(Map.of("quarter", quarter));
        APIGatewayV2HTTPResponse listed = list.handleRequest(event, null);
        assertThat(listed.getStatusCode()).as(listed.getBody()).isEqualTo(200);
        return JSON.readTree(listed.getBody()).get("items").size();
    }

    private int meetingItemsStored() {
        return DynamoDbForTests.client().query(request -> request.tableName(table)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :meeting)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUB#banbury"), ":meeting", AttributeValue.fromS("MEETING#"))))
                .count();
    }
}
