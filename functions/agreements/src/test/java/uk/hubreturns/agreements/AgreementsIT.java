package uk.hubreturns.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.returns.DynamoDbQuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.DynamoDbFaults;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.SampleEvents;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.devkit.TestEnvironment;

class AgreementsIT {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));

    private Map<String, String> settings;
    private String table;
    private CreateAgreementHandler create;
    private ListAgreementsHandler list;
    private GetAgreementHandler get;
    private UpdateAgreementHandler update;
    private RecordActualsHandler recordActuals;
    private ListActualsHandler listActuals;

    @BeforeEach
    void freshTableWithOneHub() {
        settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        AgreementsComponent component = DaggerAgreementsComponent.factory().create(Settings.of(settings), CLOCK);
        create = new CreateAgreementHandler(component);
        list = new ListAgreementsHandler(component);
        get = new GetAgreementHandler(component);
        update = new UpdateAgreementHandler(component);
        recordActuals = new RecordActualsHandler(component);
        listActuals = new ListActualsHandler(component);
        new TestHubs(table).add("banbury", CLOCK.instant());
    }

    @Test
    void createsAnAgreementWithMeasuresAndReadsItBack() throws IOException {
        APIGatewayV2HTTPResponse created = create.handleRequest(SampleEvents.httpApi("create-agreement"), null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        JsonNode agreement = JSON.readTree(created.getBody());
        String agreementId = agreement.get("agreementId").asText();
        assertThat(created.getHeaders()).containsEntry("Location", "/hubs/banbury/agreements/" + agreementId);
        assertThat(agreement.get("measures")).hasSize(3);
        assertThat(agreement.get("measures").get(1).get("target").decimalValue()).isEqualByComparingTo("5");
        assertThat(agreement.get("measures").get(1).get("direction").asText()).isEqualTo("AT_MOST");

        assertThat(JSON.readTree(get.handleRequest(agreementEvent("get-agreement", agreementId), null).getBody())).isEqualTo(agreement);
        JsonNode listed = JSON.readTree(list.handleRequest(SampleEvents.httpApi("list-agreements"), null).getBody());
        assertThat(listed.get("items")).singleElement().isEqualTo(agreement);
        assertThat(listed.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void recordsActualsForTwoQuartersAndRatesEachMeasure() throws IOException {
        String agreementId = createSample();
        APIGatewayV2HTTPResponse q1 = recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q1", null), null);
        APIGatewayV2HTTPResponse q2 = recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q2",
                "{\"values\": {\"families-supported\": 35.99, \"first-contact-days\": 6.01, \"satisfaction\": 85}}"), null);

        assertThat(q1.getStatusCode()).isEqualTo(200);
        assertThat(q1.getHeaders()).containsEntry("ETag", "\"1\"");
        assertThat(q2.getStatusCode()).isEqualTo(200);
        assertThat(ragsOf(JSON.readTree(q1.getBody()))).containsExactly("AMBER", "GREEN", "GREEN");

        APIGatewayV2HTTPResponse response = listActuals.handleRequest(agreementEvent("list-actuals", agreementId), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode items = JSON.readTree(response.getBody()).get("items");
        assertThat(items).extracting(item -> item.get("quarter").asText()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        // 2026-Q1: 37 families against at least 40 (amber down to 36); 4.5 days against at most 5; 91% against at least 85.
        assertThat(ragsOf(items.get(0))).containsExactly("AMBER", "GREEN", "GREEN");
        assertThat(items.get(0).get("commentary").asText()).startsWith("Two support worker posts");
        assertThat(JSON.readTree(response.getBody()).get("nextCursor").isNull()).isTrue();
        APIGatewayV2HTTPEvent firstTwo = agreementEvent("list-actuals", agreementId);
        firstTwo.setQueryStringParameters(Map.of("limit", "2"));
        JsonNode page = JSON.readTree(listActuals.handleRequest(firstTwo, null).getBody());
        assertThat(page.get("items")).extracting(item -> item.get("quarter").asText()).containsExactly("2026-Q1", "2026-Q2");
        APIGatewayV2HTTPEvent nextTwo = agreementEvent("list-actuals", agreementId);
        nextTwo.setQueryStringParameters(Map.of("limit", "2", "cursor", page.get("nextCursor").asText()));
        JsonNode rest = JSON.readTree(listActuals.handleRequest(nextTwo, null).getBody());
        assertThat(rest.get("items")).extracting(item -> item.get("quarter").asText()).containsExactly("2026-Q3", "2026-Q4");
        assertThat(rest.get("nextCursor").isNull()).isTrue();
        for (Map<String, String> bad : List.of(Map.of("limit", "0"), Map.of("limit", "abc"), Map.of("cursor", "zzz"))) {
            APIGatewayV2HTTPEvent badPage = agreementEvent("list-actuals", agreementId);
            badPage.setQueryStringParameters(bad);
            assertProblem(listActuals.handleRequest(badPage, null), 400);
        }
        JsonNode firstMeasure = items.get(0).get("measures").get(0);
        assertThat(firstMeasure.get("measureId").asText()).isEqualTo("families-supported");
        assertThat(firstMeasure.get("target").decimalValue()).isEqualByComparingTo("40");
        assertThat(firstMeasure.get("direction").asText()).isEqualTo("AT_LEAST");
        assertThat(firstMeasure.get("actual").decimalValue()).isEqualByComparingTo("37");
        // 2026-Q2: 35.99 is below 36, 6.01 days is above 6, 85% is exactly on target.
        assertThat(ragsOf(items.get(1))).containsExactly("RED", "RED", "GREEN");
        assertThat(items.get(1).get("commentary").isNull()).isTrue();
        assertThat(ragsOf(items.get(2))).containsExactly("NO_DATA", "NO_DATA", "NO_DATA");
        assertThat(items.get(2).get("recorded").asBoolean()).isFalse();
        assertThat(items.get(2).get("measures").get(0).get("actual").isNull()).isTrue();
        assertThat(itemsWithSortKeyPrefix("ACTUALS#" + agreementId + "#")).extracting(item -> item.get("quarterSk").s())
                .containsExactly("Q#2026-Q1#ACTUALS#" + agreementId, "Q#2026-Q2#ACTUALS#" + agreementId);
    }

    @Test
    void recordingAQuarterAgainReplacesIt() throws IOException {
        String agreementId = createSample();
        recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q1", null), null);

        String correction = "{\"values\": {\"families-supported\": 44}, \"commentary\": \"Corrected figure\"}";
        assertProblem(recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q1", correction), null), 428);
        APIGatewayV2HTTPEvent withVersion = actualsEvent(agreementId, "2026-Q1", correction);
        withVersion.setHeaders(new java.util.HashMap<>(withVersion.getHeaders()));
        withVersion.getHeaders().put("if-match", "\"1\"");

        APIGatewayV2HTTPResponse again = recordActuals.handleRequest(withVersion, null);

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getHeaders()).containsEntry("ETag", "\"2\"");
        assertProblem(recordActuals.handleRequest(withVersion, null), 412);
        JsonNode first = JSON.readTree(listActuals.handleRequest(agreementEvent("list-actuals", agreementId), null).getBody()).get("items").get(0);
        assertThat(ragsOf(first)).containsExactly("GREEN", "NO_DATA", "NO_DATA");
        assertThat(first.get("commentary").asText()).isEqualTo("Corrected figure");
        assertThat(itemsWithSortKeyPrefix("ACTUALS#")).hasSize(1).allSatisfy(item -> assertThat(item.get("version").n()).isEqualTo("2"));
    }

    @Test
    void actualsForAnUnknownMeasureOrAQuarterOutsideTheAgreementAreRefusedAndNotStored() throws IOException {
        String agreementId = createSample();

        APIGatewayV2HTTPResponse response = recordActuals.handleRequest(actualsEvent(agreementId, "2027-Q1",
                "{\"values\": {\"families-supported\": 40, \"waiting-list\": 3}}"), null);

        assertThat(fieldsOf(assertProblem(response, 400))).containsExactlyInAnyOrder("quarter", "values.waiting-list");
        APIGatewayV2HTTPResponse alsoMistyped = recordActuals.handleRequest(actualsEvent(agreementId, "2027-Q1",
                "{\"values\": {\"families-supported\": \"forty\", \"waiting-list\": 3}, \"commentary\": 7}"), null);
        assertThat(fieldsOf(assertProblem(alsoMistyped, 400)))
                .containsExactlyInAnyOrder("quarter", "values.waiting-list", "values.families-supported", "commentary");
        assertThat(fieldsOf(assertProblem(recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q9", null), null), 400)))
                .containsExactly("quarter");
        assertThat(fieldsOf(assertProblem(recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q9",
                "{\"values\": {\"zz\": 1}, \"commentary\": 7}"), null), 400)))
                .as("a quarter that is not one is named with the body's problems").containsExactlyInAnyOrder("quarter", "values.zz", "commentary");
        assertThat(itemsWithSortKeyPrefix("ACTUALS#")).isEmpty();
    }

    @Test
    void anInvalidAgreementNamesEveryBadFieldAndStoresNothing() throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(SampleEvents.httpApi("create-agreement").getBody());
        body.put("endDate", "2026-03-01");
        ((ObjectNode) body.withArray("measures").get(2)).put("measureId", "families-supported");
        ((ObjectNode) body.withArray("measures").get(0)).put("amberTolerancePercent", -1);
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("create-agreement");
        event.setBody(body.toString());

        APIGatewayV2HTTPResponse response = create.handleRequest(event, null);

        assertThat(fieldsOf(assertProblem(response, 400)))
                .containsExactlyInAnyOrder("endDate", "measures[2].measureId", "measures[0].amberTolerancePercent");
        assertThat(itemsWithSortKeyPrefix("")).isEmpty();
    }

    @Test
    void replacesAnAgreementButNotInAWayThatOrphansRecordedActuals() throws IOException {
        String agreementId = createSample();
        recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q1", null), null);

        APIGatewayV2HTTPResponse replaced = update.handleRequest(agreementEvent("update-agreement", agreementId), null);

        assertThat(replaced.getStatusCode()).isEqualTo(200);
        JsonNode agreement = JSON.readTree(replaced.getBody());
        assertThat(agreement.get("endDate").asText()).isEqualTo("2028-03-31");
        assertThat(agreement.get("version").asLong()).isEqualTo(2);
        JsonNode items = JSON.readTree(listActuals.handleRequest(agreementEvent("list-actuals", agreementId), null).getBody()).get("items");
        assertThat(items).hasSize(8);
        // The target rose from 40 to 45: 37 is now more than 10% short.
        assertThat(ragsOf(items.get(0))).containsExactly("RED", "GREEN", "GREEN");

        APIGatewayV2HTTPEvent shrink = agreementEvent("update-agreement", agreementId);
        ObjectNode body = (ObjectNode) JSON.readTree(shrink.getBody());
        body.put("startDate", "2026-07-01");
        body.withArray("measures").remove(0);
        shrink.setBody(body.toString());
        shrink.getHeaders().put("if-match", "\"2\"");
        JsonNode problem = assertProblem(update.handleRequest(shrink, null), 400);
        assertThat(fieldsOf(problem)).containsExactly("startDate", "measures");
        assertThat(JSON.readTree(get.handleRequest(agreementEvent("get-agreement", agreementId), null).getBody()).get("version").asLong())
                .isEqualTo(2);
    }

    @Test
    void anUnknownHubOrAgreementIsNotFound() {
        Map<String, String> nowhere = Map.of("hubId", "nowhere");
        String unknown = "0b5e3c1e-8d7a-4f2b-9f4e-2f6d1a7c9e10";

        assertProblem(create.handleRequest(SampleEvents.httpApi("create-agreement", nowhere), null), 404);
        assertProblem(list.handleRequest(SampleEvents.httpApi("list-agreements", nowhere), null), 404);
        assertProblem(get.handleRequest(SampleEvents.httpApi("get-agreement", nowhere), null), 404);
        assertProblem(listActuals.handleRequest(SampleEvents.httpApi("list-actuals", nowhere), null), 404);
        assertProblem(get.handleRequest(agreementEvent("get-agreement", unknown), null), 404);
        assertProblem(update.handleRequest(agreementEvent("update-agreement", unknown), null), 404);
        assertProblem(recordActuals.handleRequest(actualsEvent(unknown, "2026-Q1", null), null), 404);
        assertProblem(listActuals.handleRequest(agreementEvent("list-actuals", "x".repeat(3000)), null), 404);
        assertThat(itemsWithSortKeyPrefix("")).isEmpty();
    }

    @Test
    void actualsRecordedAsTheirQuarterIsSignedOffAreRefusedAndNotSavedAndNoneInASignedOffQuarter() throws IOException {
        String agreementId = createSample();
        DynamoDbFaults faults = DynamoDbFaults.overUrlConnection();
        AgreementsComponent faulty = DaggerFaultyAgreementsComponent.factory().create(Settings.of(settings), CLOCK, faults);
        DynamoDbQuarterSignOffs signOffs = new DynamoDbQuarterSignOffs(DynamoDbForTests.client(), table);
        faults.beforeNext("TransactWriteItems", () -> signOffs.signOff(Quarter.parse("2026-Q1").orElseThrow(), "county-admin", CLOCK.instant()));

        APIGatewayV2HTTPResponse meanwhile = new RecordActualsHandler(faulty).handleRequest(actualsEvent(agreementId, "2026-Q1", null), null);
        APIGatewayV2HTTPResponse after = recordActuals.handleRequest(actualsEvent(agreementId, "2026-Q1", null), null);

        for (APIGatewayV2HTTPResponse refused : List.of(meanwhile, after)) {
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(409);
            assertThat(JSON.readTree(refused.getBody()).get("detail").asText()).startsWith("Quarter 2026-Q1 is signed off");
        }
        JsonNode quarters = JSON.readTree(listActuals.handleRequest(agreementEvent("list-actuals", agreementId), null).getBody());
        assertThat(quarters.get("items").get(0).get("quarter").asText()).isEqualTo("2026-Q1");
        assertThat(quarters.get("items").get(0).get("recorded").asBoolean()).isFalse();
    }

    private String createSample() throws IOException {
        return JSON.readTree(create.handleRequest(SampleEvents.httpApi("create-agreement"), null).getBody()).get("agreementId").asText();
    }

    private static APIGatewayV2HTTPEvent agreementEvent(String sample, String agreementId) {
        return SampleEvents.httpApi(sample, Map.of("agreementId", agreementId));
    }

    private static APIGatewayV2HTTPEvent actualsEvent(String agreementId, String quarter, String body) {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("record-actuals", Map.of("agreementId", agreementId, "quarter", quarter));
        if (body != null) {
            event.setBody(body);
        }
        return event;
    }

    private static List<String> ragsOf(JsonNode quarter) {
        List<String> rags = new ArrayList<>();
        quarter.get("measures").forEach(measure -> rags.add(measure.get("rag").asText()));
        return rags;
    }

    /** The items of hub banbury whose sort key starts with {@code prefix}, other than the hub's own. */
    private List<Map<String, AttributeValue>> itemsWithSortKeyPrefix(String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        DynamoDbForTests.client().queryPaginator(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUB#banbury")))
                .consistentRead(true)
                .build()).items().stream().filter(item -> item.get("sk").s().startsWith(prefix)).forEach(items::add);
        return items;
    }

    private static JsonNode assertProblem(APIGatewayV2HTTPResponse response, int status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
