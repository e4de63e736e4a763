package uk.hubreturns.common.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiJsonTest {

    private static final Path EVENTS = Path.of("../../events");

    @Test
    void readsEveryPartOfAnHttpApiEventThatTheHandlersUse() throws IOException {
        APIGatewayV2HTTPEvent event = read(EVENTS.resolve("create-hub.json"));

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("POST /hubs");
        assertThat(event.getRawPath()).isEqualTo("/hubs");
        assertThat(event.getHeaders()).containsEntry("content-type", "application/json");
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getBody()).contains("\"hubId\": \"banbury\"");
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertThat(context.getRequestId()).isEqualTo("sample-request-id");
        assertThat(context.getTimeEpoch()).isEqualTo(1778752800000L);
        assertThat(context.getHttp().getMethod()).isEqualTo("POST");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getAuthorizer().getJwt().getClaims())
                .containsEntry("sub", "sample-county-admin")
                .containsEntry("cognito:groups", "[county-admin]");
        assertThat(context.getAuthorizer().getJwt().getScopes()).isNull();
    }

    @Test
    void readsPathAndQueryParametersCookiesAndABase64Body() throws IOException {
        APIGatewayV2HTTPEvent event = HttpApiJson.readEvent(stream("""
                {"version":"2.0","routeKey":"GET /hubs/{hubId}/meetings","rawPath":"/hubs/banbury/meetings",
                 "rawQueryString":"limit=5","cookies":["a=1","b=2"],
                 "queryStringParameters":{"limit":"5"},"pathParameters":{"hubId":"banbury"},
                 "stageVariables":null,"isBase64Encoded":true,"body":"aGVsbG8=",
                 "requestContext":{"http":{"method":"GET"},"requestId":"r-1","unknownPart":{"x":[1,2.5,null,false]}}}
                """));

        assertThat(event.getPathParameters()).isEqualTo(Map.of("hubId", "banbury"));
        assertThat(event.getQueryStringParameters()).isEqualTo(Map.of("limit", "5"));
        assertThat(event.getCookies()).containsExactly("a=1", "b=2");
        assertThat(event.getStageVariables()).isNull();
        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(event.getBody()).isEqualTo("aGVsbG8=");
        assertThat(event.getRequestContext().getAuthorizer()).isNull();
    }

    @Test
    void readsEverySampleHttpEventOfTheRepository() throws IOException {
        List<Path> samples;
        try (var files = Files.list(EVENTS)) {
            samples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        JsonNode expected;
        ObjectMapper mapper = new ObjectMapper();
        for (Path sample : samples) {
            expected = mapper.readTree(sample.toFile());
            if (!expected.has("routeKey")) {
                continue; // a scheduled event, not an HTTP one
            }
            APIGatewayV2HTTPEvent event = read(sample);
            assertThat(event.getRouteKey()).as(sample.toString()).isEqualTo(expected.get("routeKey").asText());
            assertThat(event.getRequestContext().getHttp().getMethod()).as(sample.toString())
                    .isEqualTo(expected.at("/requestContext/http/method").asText());
            assertThat(event.getBody()).as(sample.toString()).isEqualTo(expected.hasNonNull("body") ? expected.get("body").asText() : null);
            if (expected.hasNonNull("pathParameters")) {
                assertThat(event.getPathParameters()).as(sample.toString())
                        .isEqualTo(mapper.convertValue(expected.get("pathParameters"), Map.class));
            }
        }
        assertThat(samples).hasSizeGreaterThan(20);
    }

    @Test
    void refusesAStreamThatIsNotAJsonObject() {
        assertThatThrownBy(() -> HttpApiJson.readEvent(stream("[1,2]"))).isInstanceOf(IOException.class);
    }

    @Test
    void writesTheResponseInThePayloadFormatApiGatewayReads() throws IOException {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Content-Type", "application/json", "ETag", "\"3\""))
                .withMultiValueHeaders(Map.of("Vary", List.of("Accept", "Origin")))
                .withCookies(List.of("c=1"))
                .withBody("{\"hubId\":\"banbury\",\"note\":\"\\u00a3 \\\"quoted\\\"\"}")
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpApiJson.writeResponse(response, out);

        JsonNode written = new ObjectMapper().readTree(out.toByteArray());
        assertThat(written.get("statusCode").asInt()).isEqualTo(201);
        assertThat(written.at("/headers/ETag").asText()).isEqualTo("\"3\"");
        assertThat(written.at("/multiValueHeaders/Vary/1").asText()).isEqualTo("Origin");
        assertThat(written.at("/cookies/0").asText()).isEqualTo("c=1");
        assertThat(written.get("body").asText()).isEqualTo(response.getBody());
        assertThat(written.get("isBase64Encoded").asBoolean()).isFalse();
    }

    @Test
    void aResponseWithoutBodyOrHeadersLeavesThemOut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpApiJson.writeResponse(APIGatewayV2HTTPResponse.builder().withStatusCode(204).build(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"statusCode\":204,\"isBase64Encoded\":false}");
    }

    @Test
    void aHandlerCalledThroughTheStreamAnswersAsItsTypedMethodDoes() throws IOException {
        HttpApiHandler echo = new HttpApiHandler() {
            @Override
            public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
                return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                        .withBody(event.getRouteKey() + " " + event.getRequestContext().getAuthorizer().getJwt().getClaims().get("sub"))
                        .build();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (InputStream in = Files.newInputStream(EVENTS.resolve("create-hub.json"))) {
            echo.handleRequest(in, out, null);
        }

        JsonNode written = new ObjectMapper().readTree(out.toByteArray());
        assertThat(written.get("body").asText()).isEqualTo("POST /hubs sample-county-admin");
    }

    private static APIGatewayV2HTTPEvent read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HttpApiJson.readEvent(in);
        }
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
