package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.DynamoDbFaults;
import uk.hubreturns.devkit.DynamoDbFaults.Fault;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.TestEnvironment;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.meetings.ActionStatus;
import uk.hubreturns.meetings.DaggerMeetingsComponent;
import uk.hubreturns.meetings.MeetingAction;
import uk.hubreturns.meetings.MeetingDetails;
import uk.hubreturns.meetings.MeetingType;
import uk.hubreturns.meetings.MeetingsComponent;
import uk.hubreturns.meetings.Participant;
import uk.hubreturns.volunteering.Activity;
import uk.hubreturns.volunteering.DaggerVolunteeringComponent;
import uk.hubreturns.volunteering.EntryDetails;
import uk.hubreturns.volunteering.VolunteeringComponent;

/**
 * What the rollup writes. While DynamoDB throttles or fails, injected into the SDK's HTTP client: a run stopped
 * part-way leaves no county return, and running it again gives exactly the returns of a run that was never
 * interrupted. Thirteen hubs write 26 items, so the hubs' returns take two BatchWriteItem calls and a run can stop
 * between them. And a run again over the same records writes the returns but not the volunteer refs it kept.
 */
class RollupUnderDynamoDbFaultsIT {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final Quarter PREVIOUS = Quarter.parse("2025-Q4").orElseThrow();
    private static final Quarter QUARTER = Quarter.parse("2026-Q1").orElseThrow();
    private static final int HUBS = 13;

    private final DynamoDbFaults faults = DynamoDbFaults.overUrlConnection();
    private String table;
    private ReturnsComponent returns;
    private VolunteeringComponent volunteering;

    @BeforeEach
    void thirteenHubsWithTwoQuartersOfRecords() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        returns = DaggerFaultyReturnsComponent.factory().create(Settings.of(settings), CLOCK, faults);
        TestHubs hubs = new TestHubs(table);
        MeetingsComponent meetings = DaggerMeetingsComponent.factory().create(Settings.of(settings), CLOCK);
        volunteering = DaggerVolunteeringComponent.factory().create(Settings.of(settings), CLOCK);
        for (int h = 1; h <= HUBS; h++) {
            String hubId = "hub-" + h;
            hubs.add(new Hub(hubId, "Hub " + h, "Oxfordshire", 100_000L * h, Sector.requiredByDefault(), CLOCK.instant(), CLOCK.instant(), null));
            for (LocalDate date : List.of(LocalDate.of(2026, 2, h), LocalDate.of(2026, 4, h), LocalDate.of(2026, 6, h))) {
                meetings.meetingService().record(hubId, new MeetingDetails(date, MeetingType.LOCAL_PARTNERSHIP, "Partnership", List.of("Chair"),
                        List.of(new Participant("Head teacher", "School", Sector.SCHOOLS), new Participant("Nurse", "NHS", Sector.HEALTH)),
                        List.of(), List.of(), List.of(new MeetingAction(null, "Report back", "Hub manager", date.plusDays(30 * (h % 3)),
                        ActionStatus.OPEN)), 1_000L * h));
            }
            for (int v = 0; v < 6; v++) {
                LocalDate date = v % 2 == 0 ? LocalDate.of(2026, 3, 1 + v) : LocalDate.of(2026, 5, 1 + v);
                volunteering.hoursService().log(hubId, new EntryDetails("V-" + (v % (h % 4 + 1)), date, 30 * (v + h), Activity.EVENTS, null));
            }
        }
    }

    @Test
    void aRollupStoppedPartWayAndRunAgainGivesTheReturnsOfAnUninterruptedRun() {
        returns.rollup().rollUp(PREVIOUS);
        returns.rollup().rollUp(QUARTER);
        Map<String, JsonNode> uninterrupted = storedReturns();
        deleteTheQuartersReturns();

        faults.failFrom("BatchWriteItem", 2, Fault.INTERNAL_SERVER_ERROR);
        assertThatThrownBy(() -> returns.rollup().rollUp(QUARTER)).isInstanceOf(IncompleteBatchWriteException.class)
                .hasCauseInstanceOf(DynamoDbException.class);
        assertThat(hubItemsStored()).as("the first batch's 25 items landed, the second's one did not").isEqualTo(25);
        assertThat(storedReturns()).doesNotContainKey("COUNTY");

        faults.heal();
        returns.rollup().rollUp(QUARTER);

        assertThat(storedReturns()).isEqualTo(uninterrupted).hasSize(HUBS + 1);
    }

    @Test
    void aRollupThatIsThrottledOnItsReadsAndWritesIsRetriedAndGivesTheSameReturns() {
        returns.rollup().rollUp(PREVIOUS);
        returns.rollup().rollUp(QUARTER);
        Map<String, JsonNode> unthrottled = storedReturns();
        deleteTheQuartersReturns();

        faults.failNext("Query", 3, Fault.PROVISIONED_THROUGHPUT_EXCEEDED);
        faults.failNext("BatchWriteItem", 3, Fault.THROTTLING);
        faults.failNext("PutItem", 3, Fault.THROTTLING);
        returns.rollup().rollUp(QUARTER);

        assertThat(faults.failed("Query")).isEqualTo(3);
        assertThat(faults.failed("BatchWriteItem")).isEqualTo(3);
        assertThat(faults.failed("PutItem")).isEqualTo(3);
        assertThat(storedReturns()).isEqualTo(unthrottled);
    }

    @Test
    void aRollupRunAgainOverTheSameRecordsDoesNotWriteTheVolunteerRefsAgain() {
        returns.rollup().rollUp(PREVIOUS);
        returns.rollup().rollUp(QUARTER);
        Map<String, JsonNode> first = storedReturns();
        markVolunteerRefs("hub-1");
        int batchWritesBefore = faults.calls("BatchWriteItem");

        returns.rollup().rollUp(QUARTER);

        assertThat(faults.calls("BatchWriteItem") - batchWritesBefore).as("the 13 returns, in one call").isEqualTo(1);
        assertThat(volunteerRefsItem("hub-1")).as("kept as it was, not put again").containsKey("marked");
        assertThat(storedReturns()).isEqualTo(first);
    }

    @Test
    void aRollupRunAgainAfterANewVolunteerWritesThatHubsVolunteerRefs() {
        returns.rollup().rollUp(PREVIOUS);
        returns.rollup().rollUp(QUARTER);
        markVolunteerRefs("hub-1");
        markVolunteerRefs("hub-2");
        volunteering.hoursService().log("hub-1", new EntryDetails("V-new", LocalDate.of(2026, 5, 20), 60, Activity.EVENTS, null));

        returns.rollup().rollUp(QUARTER);

        assertThat(volunteerRefsItem("hub-1")).doesNotContainKey("marked");
        assertThat(volunteerRefsItem("hub-1").get("refs").ss()).contains("V-new");
        assertThat(volunteerRefsItem("hub-2")).containsKey("marked");
        assertThat(item("HUB#hub-1", "RETURN#" + QUARTER.id()).orElseThrow().at("/volunteering/activeVolunteers").asInt())
                .isEqualTo(volunteerRefsItem("hub-1").get("refs").ss().size());
    }

    /** Adds an attribute the rollup never writes to a hub's refs for the quarter, so that a put of the item shows. */
    private void markVolunteerRefs(String hubId) {
        DynamoDbForTests.client().updateItem(request -> request.tableName(table).key(volunteerRefsKey(hubId))
                .updateExpression("SET marked = :yes").expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
    }

    private Map<String, AttributeValue> volunteerRefsItem(String hubId) {
        return DynamoDbForTests.client().getItem(request -> request.tableName(table).consistentRead(true).key(volunteerRefsKey(hubId))).item();
    }

    private static Map<String, AttributeValue> volunteerRefsKey(String hubId) {
        return Map.of("pk", AttributeValue.fromS("HUB#" + hubId), "sk", AttributeValue.fromS("VOLREFS#" + QUARTER.id()));
    }

    private Map<String, JsonNode> storedReturns() {
        Map<String, JsonNode> stored = new TreeMap<>();
        for (int h = 1; h <= HUBS; h++) {
            String hubId = "hub-" + h;
            item("HUB#" + hubId, "RETURN#" + QUARTER.id()).ifPresent(body -> stored.put(hubId, body));
        }
        item("RETURNS", "COUNTY#" + QUARTER.id()).ifPresent(body -> stored.put("COUNTY", body));
        return stored;
    }

    /** The quarter's hub returns and active-volunteer items in the table. */
    private int hubItemsStored() {
        int stored = 0;
        for (int h = 1; h <= HUBS; h++) {
            String pk = "HUB#hub-" + h;
            for (String sk : List.of("RETURN#" + QUARTER.id(), "VOLREFS#" + QUARTER.id())) {
                Map<String, AttributeValue> item = DynamoDbForTests.client().getItem(request -> request.tableName(table).consistentRead(true)
                        .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
                stored += item == null || item.isEmpty() ? 0 : 1;
            }
        }
        return stored;
    }

    private java.util.Optional<JsonNode> item(String pk, String sk) {
        Map<String, AttributeValue> item = DynamoDbForTests.client().getItem(request -> request.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS(sk)))).item();
        if (item == null || item.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode body = JSON.readTree(item.get("body").s());
            body.findParents("generatedAt").forEach(parent -> ((ObjectNode) parent).remove("generatedAt"));
            return java.util.Optional.of(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void deleteTheQuartersReturns() {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int h = 1; h <= HUBS; h++) {
            for (String sk : List.of("RETURN#" + QUARTER.id(), "VOLREFS#" + QUARTER.id())) {
                keys.add(Map.of("pk", AttributeValue.fromS("HUB#hub-" + h), "sk", AttributeValue.fromS(sk)));
            }
        }
        keys.add(Map.of("pk", AttributeValue.fromS("RETURNS"), "sk", AttributeValue.fromS("COUNTY#" + QUARTER.id())));
        keys.forEach(key -> DynamoDbForTests.client().deleteItem(request -> request.tableName(table).key(key)));
        assertThat(storedReturns()).isEmpty();
    }
}
