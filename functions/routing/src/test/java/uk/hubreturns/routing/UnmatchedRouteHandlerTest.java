package uk.hubreturns.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.devkit.SampleEvents;

class UnmatchedRouteHandlerTest {

    private final UnmatchedRouteHandler handler = new UnmatchedRouteHandler(DaggerRoutingComponent.factory()
            .create(Settings.of(Map.of()), Clock.fixed(Instant.parse("2026-05-14T09:00:00Z"), QuarterCalendar.LONDON)));
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKnownPathWithAnotherMethodIsA405ListingTheMethodsItAccepts() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleRequest(SampleEvents.httpApi("unmatched-route"), null);

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json").containsEntry("Allow", "GET, POST");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/method-not-allowed");
        assertThat(problem.path("detail").asText()).isEqualTo("PATCH is not allowed on /hubs; allowed: GET, POST.");
    }

    @Test
    void aCorsPreflightIsAnsweredWithoutAToken() {
        APIGatewayV2HTTPEvent preflight = SampleEvents.httpApi("unmatched-route");
        preflight.getRequestContext().getHttp().setMethod("OPTIONS");
        preflight.getRequestContext().setAuthorizer(null);

        APIGatewayV2HTTPResponse response = handler.handleRequest(preflight, null);

        assertThat(response.getStatusCode()).isEqualTo(204);
        assertThat(response.getBody()).isNull();
    }

    @Test
    void aPathNoRouteHasIsA404ProblemNamingIt() throws Exception {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("unmatched-route");
        event.setRawPath("/hubs/banbury/minutes");
        event.getRequestContext().getHttp().setMethod("GET");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(json.readTree(response.getBody()).path("detail").asText()).isEqualTo("No route matches GET /hubs/banbury/minutes.");
    }

    @Test
    void answersFromTheTemplateItWasBuiltWithSoEveryDeclaredRouteIsKnown() throws Exception {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("unmatched-route");
        event.setRawPath("/hubs/banbury/meetings/m-1");
        event.getRequestContext().getHttp().setMethod("PATCH");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(405);
        assertThat(response.getHeaders()).containsEntry("Allow", "DELETE, GET, PUT");
    }
}
