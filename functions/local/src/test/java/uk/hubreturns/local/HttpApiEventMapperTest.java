package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hubreturns.template.HttpRoute;
import uk.hubreturns.template.RouteMatch;

class HttpApiEventMapperTest {

    private static final Instant NOW = Instant.parse("2026-05-14T10:00:00.123Z");
    private static final RouteMatch.Found MEETING_ROUTE = new RouteMatch.Found(
            Functions.httpApi("GetMeetingFunction", Object.class, "GET", "/hubs/{hubId}/meetings/{meetingId}"),
            new HttpRoute("Api", "GET", "/hubs/{hubId}/meetings/{meetingId}"),
            Map.of("hubId", "south east", "meetingId", "m1"));

    private static IncomingRequest request(String method, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        return new IncomingRequest(method, "/hubs/south%20east/meetings/m1", rawQuery, headers, body, false, "127.0.0.1", "HTTP/1.1");
    }

    @Test
    void buildsThePayload2EventApiGatewayWould() {
        APIGatewayV2HTTPEvent event = HttpApiEventMapper.toEvent(request("GET", "quarter=2026-Q1&tag=a&tag=b%20c&flag",
                Map.of("host", List.of("localhost:3000"), "user-agent", List.of("curl/8.5.0"), "accept", List.of("text/html", "application/json"),
                        "cookie", List.of("theme=dark; lang=en", "seen=1")), new byte[0]), MEETING_ROUTE, "request-1", NOW);

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("GET /hubs/{hubId}/meetings/{meetingId}");
        assertThat(event.getRawPath()).isEqualTo("/hubs/south%20east/meetings/m1");
        assertThat(event.getRawQueryString()).isEqualTo("quarter=2026-Q1&tag=a&tag=b%20c&flag");
        assertThat(event.getQueryStringParameters()).isEqualTo(Map.of("quarter", "2026-Q1", "tag", "a,b c", "flag", ""));
        assertThat(event.getPathParameters()).isEqualTo(Map.of("hubId", "south east", "meetingId", "m1"));
        assertThat(event.getCookies()).containsExactly("theme=dark", "lang=en", "seen=1");
        assertThat(event.getHeaders()).containsEntry("accept", "text/html,application/json")
                .containsEntry("host", "localhost:3000")
                .containsEntry("x-forwarded-for", "127.0.0.1")
                .doesNotContainKey("cookie");
        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();

        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertThat(context.getRequestId()).isEqualTo("request-1");
        assertThat(context.getRouteKey()).isEqualTo("GET /hubs/{hubId}/meetings/{meetingId}");
        assertThat(context.getStage()).isEqualTo("$default");
        assertThat(context.getAccountId()).isEqualTo("123456789012");
        assertThat(context.getApiId()).isEqualTo("local");
        assertThat(context.getDomainName()).isEqualTo("localhost");
        assertThat(context.getDomainPrefix()).isEqualTo("localhost");
        assertThat(context.getTime()).isEqualTo("14/May/2026:10:00:00 +0000");
        assertThat(context.getTimeEpoch()).isEqualTo(NOW.toEpochMilli());
        assertThat(context.getHttp().getMethod()).isEqualTo("GET");
        assertThat(context.getHttp().getPath()).isEqualTo("/hubs/south%20east/meetings/m1");
        assertThat(context.getHttp().getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isEqualTo("curl/8.5.0");
    }

    @Test
    void leavesOutWhatTheRequestDoesNotHave() {
        RouteMatch.Found hubs = new RouteMatch.Found(Functions.httpApi("ListHubsFunction", Object.class, "GET", "/hubs"),
                new HttpRoute("Api", "GET", "/hubs"), Map.of());

        APIGatewayV2HTTPEvent event = HttpApiEventMapper.toEvent(request("GET", null, Map.of(), new byte[0]), hubs, "r", NOW);

        assertThat(event.getRawQueryString()).isEmpty();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getPathParameters()).isNull();
        assertThat(event.getCookies()).isNull();
        assertThat(event.getRequestContext().getDomainName()).isEqualTo("localhost");
    }

    @Test
    void passesTextualBodiesAsTextAndOthersAsBase64() {
        String json = "{\"name\":\"Zoë\"}";
        APIGatewayV2HTTPEvent text = HttpApiEventMapper.toEvent(request("PUT", null,
                Map.of("content-type", List.of("application/json; charset=utf-8")), json.getBytes(StandardCharsets.UTF_8)), MEETING_ROUTE, "r", NOW);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
        APIGatewayV2HTTPEvent binary = HttpApiEventMapper.toEvent(request("PUT", null,
                Map.of("content-type", List.of("image/png")), png), MEETING_ROUTE, "r", NOW);

        assertThat(text.getBody()).isEqualTo(json);
        assertThat(text.getIsBase64Encoded()).isFalse();
        assertThat(binary.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(binary.getBody())).isEqualTo(png);
    }

    @Test
    void passesTextThatIsNotUtf8AsItsBytesSoThatTheFunctionCanRefuseIt() {
        byte[] windows1252 = "note\nCaf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        APIGatewayV2HTTPEvent event = HttpApiEventMapper.toEvent(request("POST", null,
                Map.of("content-type", List.of("text/csv")), windows1252), MEETING_ROUTE, "r", NOW);

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(windows1252);
    }

    @Test
    void refusesAQueryStringThatCannotBeDecoded() {
        assertThatThrownBy(() -> HttpApiEventMapper.toEvent(request("GET", "name=%zz", Map.of(), new byte[0]), MEETING_ROUTE, "r", NOW))
                .isInstanceOf(MalformedRequestException.class);
    }
}
