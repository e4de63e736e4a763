package uk.hubreturns.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvocationLogTest {

    @Test
    void oneJsonLineWithTheRouteStatusAndTimeButNothingFromThePathQueryOrBody() throws Exception {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /hubs/{hubId}/volunteer-hours")
                .withRawPath("/hubs/north/volunteer-hours")
                .withRawQueryString("name=Jane%20Smith")
                .withBody("{\"volunteerRef\":\"V-0012\",\"note\":\"Jane Smith\"}")
                .withPathParameters(Map.of("hubId", "north"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("req-\"7\"").build())
                .build();

        String line = InvocationLog.line(event, 201, 12);

        JsonNode logged = new ObjectMapper().readTree(line);
        assertThat(logged.path("route").asText()).isEqualTo("POST /hubs/{hubId}/volunteer-hours");
        assertThat(logged.path("status").asInt()).isEqualTo(201);
        assertThat(logged.path("latencyMs").asLong()).isEqualTo(12);
        assertThat(logged.path("requestId").asText()).isEqualTo("req-\"7\"");
        assertThat(logged.path("level").asText()).isEqualTo("INFO");
        assertThat(line).doesNotContain("Jane", "V-0012", "north").doesNotContain("\n");
    }
}
