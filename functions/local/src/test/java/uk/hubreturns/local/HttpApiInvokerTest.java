package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.hubreturns.local.fixtures.EchoHandler;
import uk.hubreturns.local.fixtures.FailingHandler;
import uk.hubreturns.local.fixtures.StreamEchoHandler;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.RouteMatch;
import uk.hubreturns.template.RouteTable;

class HttpApiInvokerTest {

    private static final FunctionDefinition ECHO = Functions.httpApi("EchoFunction", EchoHandler.class, "GET", "/echo/{word}");
    private static final FunctionDefinition FAILING = Functions.httpApi("FailingFunction", FailingHandler.class, "POST", "/fail");
    private static final FunctionDefinition STREAM = Functions.httpApi("StreamFunction", StreamEchoHandler.class, "GET", "/stream/{word}");
    private static final RouteTable ROUTES = RouteTable.of(List.of(ECHO, FAILING, STREAM));

    private final HttpApiInvoker invoker = new HttpApiInvoker(Map.of(
            "EchoFunction", new WarmContainer(ECHO, HandlerClass.load(ECHO)),
            "FailingFunction", new WarmContainer(FAILING, HandlerClass.load(FAILING)),
            "StreamFunction", new WarmContainer(STREAM, HandlerClass.load(STREAM))),
            Clock.fixed(Instant.parse("2026-05-14T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void callsTheHandlerWithTheRoutesEventAndReturnsItsResponse() {
        HttpReply reply = invoker.invoke(match("GET", "/echo/caf%C3%A9"), request("GET", "/echo/caf%C3%A9"), Map.of("sub", "tester"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("EchoFunction {word=café}");
        assertThat(reply.headers()).containsEntry("Set-Cookie", List.of("session=abc; HttpOnly"));
        assertThat(EchoHandler.lastEvent.getRouteKey()).isEqualTo("GET /echo/{word}");
        assertThat(EchoHandler.lastEvent.getRequestContext().getRequestId()).isNotBlank();
    }

    @Test
    void aHandlerThatIsAlsoAStreamHandlerIsCalledThroughItsStreamMethodAsLambdaCallsIt() {
        HttpReply reply = invoker.invoke(match("GET", "/stream/caf%C3%A9"), request("GET", "/stream/caf%C3%A9"), Map.of("sub", "tester"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("stream GET /stream/{word} {word=café} {sub=tester} GET");
    }

    @Test
    void createsEachHandlerOnceAndReusesIt() {
        int before = EchoHandler.INSTANCES.get();
        HttpApiInvoker fresh = new HttpApiInvoker(Map.of("EchoFunction", new WarmContainer(ECHO, HandlerClass.load(ECHO))), Clock.systemUTC());

        for (int i = 0; i < 3; i++) {
            fresh.invoke(match("GET", "/echo/x"), request("GET", "/echo/x"), Map.of("sub", "tester"));
        }

        assertThat(EchoHandler.INSTANCES.get() - before).isEqualTo(1);
    }

    @Test
    void aFailingHandlerBecomesA500ThatKeepsItsMessageToItself() {
        HttpReply reply = invoker.invoke(match("POST", "/fail"), request("POST", "/fail"), Map.of("sub", "tester"));

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.headers()).containsEntry("Content-Type", List.of("application/problem+json"));
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).doesNotContain(FailingHandler.SECRET, "IllegalStateException");
    }

    private static RouteMatch.Found match(String method, String path) {
        return (RouteMatch.Found) ROUTES.match(method, path);
    }

    private static IncomingRequest request(String method, String path) {
        return new IncomingRequest(method, path, null, Map.of(), new byte[0], false, "127.0.0.1", "HTTP/1.1");
    }
}
