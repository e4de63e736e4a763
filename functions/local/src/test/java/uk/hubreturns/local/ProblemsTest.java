package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void notFoundNamesTheRequest() {
        HttpReply reply = Problems.notFound("GET", "/nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.headers()).containsEntry("Content-Type", List.of("application/problem+json"));
        assertThat(body(reply)).isEqualTo("{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"No route matches GET /nope.\"}");
    }

    @Test
    void methodNotAllowedListsTheAllowedMethodsInTheBodyAndTheAllowHeader() {
        HttpReply reply = Problems.methodNotAllowed("PATCH", "/hubs", List.of("GET", "POST"));

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.headers()).containsEntry("Allow", List.of("GET, POST"));
        assertThat(body(reply)).isEqualTo("{\"type\":\"/problems/method-not-allowed\",\"title\":\"Method not allowed\","
                + "\"status\":405,\"detail\":\"PATCH is not allowed on /hubs; allowed: GET, POST.\"}");
    }

    @Test
    void anInternalErrorGivesOnlyTheRequestId() {
        assertThat(body(Problems.internalError("r-1"))).contains("\"status\":500", "request id r-1");
    }

    private static String body(HttpReply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
