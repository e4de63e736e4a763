package uk.hubreturns.hubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.SampleEvents;
import uk.hubreturns.devkit.TestEnvironment;

class HubsIT {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:30:00Z"), ZoneId.of("Europe/London"));

    private String table;
    private CreateHubHandler create;
    private ListHubsHandler list;
    private GetHubHandler get;
    private UpdateHubHandler update;

    @BeforeEach
    void freshTable() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        HubsComponent component = DaggerHubsComponent.factory().create(Settings.of(settings), CLOCK);
        create = new CreateHubHandler(component);
        list = new ListHubsHandler(component);
        get = new GetHubHandler(component);
        update = new UpdateHubHandler(component);
    }

    @Test
    void createsAHubWithTheDefaultPartnerSectorsAndReadsItBack() throws IOException {
        APIGatewayV2HTTPResponse created = create.handleRequest(SampleEvents.httpApi("create-hub"), null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsEntry("Location", "/hubs/banbury").containsEntry("Cache-Control", "no-store");
        JsonNode hub = JSON.readTree(created.getBody());
        assertThat(hub.get("name").asText()).isEqualTo("Banbury Early Intervention Hub");
        assertThat(hub.get("annualBudgetPence").asLong()).isEqualTo(300000);
        List<String> sectors = new ArrayList<>();
        hub.get("requiredSectors").forEach(sector -> sectors.add(sector.asText()));
        assertThat(sectors).hasSize(14).doesNotContain("HUB_STAFF", "OTHER")
                .containsAll(Sector.requiredByDefault().stream().map(Sector::name).toList());
        assertThat(hub.get("createdAt").asText()).isEqualTo("2026-05-01T08:30:00Z");

        APIGatewayV2HTTPResponse read = get.handleRequest(SampleEvents.httpApi("get-hub"), null);

        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.getBody())).isEqualTo(hub);
    }

    @Test
    void aSecondHubWithTheSameIdIsAConflict() {
        create.handleRequest(SampleEvents.httpApi("create-hub"), null);

        APIGatewayV2HTTPResponse again = create.handleRequest(SampleEvents.httpApi("create-hub"), null);

        assertThat(again.getStatusCode()).isEqualTo(409);
        assertThat(again.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(hubItems()).isEqualTo(1);
    }

    @Test
    void listsHubsInIdOrderAPageAtATime() throws IOException {
        for (String hubId : List.of("witney", "banbury", "bicester", "abingdon", "didcot")) {
            assertThat(create.handleRequest(createEvent(body -> body.put("hubId", hubId)), null).getStatusCode()).isEqualTo(201);
        }

        APIGatewayV2HTTPEvent firstPage = SampleEvents.httpApi("list-hubs");
        firstPage.setQueryStringParameters(Map.of("limit", "3"));
        JsonNode first = JSON.readTree(list.handleRequest(firstPage, null).getBody());
        APIGatewayV2HTTPEvent secondPage = SampleEvents.httpApi("list-hubs");
        secondPage.setQueryStringParameters(Map.of("limit", "3", "cursor", first.get("nextCursor").asText()));
        JsonNode second = JSON.readTree(list.handleRequest(secondPage, null).getBody());

        assertThat(ids(first)).containsExactly("abingdon", "banbury", "bicester");
        assertThat(ids(second)).containsExactly("didcot", "witney");
        assertThat(second.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void replacesAHubsDetails() throws IOException {
        create.handleRequest(SampleEvents.httpApi("create-hub"), null);

        APIGatewayV2HTTPResponse response = update.handleRequest(SampleEvents.httpApi("update-hub"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        JsonNode hub = JSON.readTree(get.handleRequest(SampleEvents.httpApi("get-hub"), null).getBody());
        assertThat(hub.get("annualBudgetPence").asLong()).isEqualTo(350000);
        assertThat(hub.get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aReplacementMayNotRenameTheHubAndAnUnknownHubIsNotFound() throws IOException {
        create.handleRequest(SampleEvents.httpApi("create-hub"), null);
        APIGatewayV2HTTPEvent rename = SampleEvents.httpApi("update-hub");
        ObjectNode body = (ObjectNode) JSON.readTree(rename.getBody());
        rename.setBody(body.put("hubId", "somewhere-else").toString());

        APIGatewayV2HTTPResponse refused = update.handleRequest(rename, null);

        assertThat(refused.getStatusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("hubId");
        assertThat(update.handleRequest(SampleEvents.httpApi("update-hub", Map.of("hubId", "nowhere")), null).getStatusCode()).isEqualTo(404);
        assertThat(get.handleRequest(SampleEvents.httpApi("get-hub", Map.of("hubId", "nowhere")), null).getStatusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidHubNamesEveryBadFieldAndIsNotStored() throws IOException {
        APIGatewayV2HTTPEvent event = createEvent(body -> {
            body.put("hubId", "North Hub");
            body.put("annualBudgetPence", -5);
            body.remove("name");
            body.putArray("requiredSectors").add("SCHOOLS").add("SCHOOLS").add("FIRE");
        });

        APIGatewayV2HTTPResponse response = create.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.getBody()).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("hubId", "annualBudgetPence", "name", "requiredSectors[2]", "requiredSectors");
        assertThat(hubItems()).isZero();
    }

    @Test
    void aHubCannotTakeTheIdThatNamesTheCountysReturns() throws IOException {
        APIGatewayV2HTTPResponse response = create.handleRequest(createEvent(body -> body.put("hubId", "county")), null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.getBody()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("hubId");
        assertThat(error.get("message").asText()).contains("county-wide returns");
        assertThat(hubItems()).isZero();
    }

    private interface BodyChange {
        void apply(ObjectNode body);
    }

    private static APIGatewayV2HTTPEvent createEvent(BodyChange change) throws IOException {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("create-hub");
        ObjectNode body = (ObjectNode) JSON.readTree(event.getBody());
        change.apply(body);
        event.setBody(body.toString());
        return event;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("hubId").asText()));
        return ids;
    }

    private int hubItems() {
        return DynamoDbForTests.client().query(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUBS")))
                .build()).count();
    }
}
