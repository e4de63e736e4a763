package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalRuntimeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NORTH = "{\"hubId\":\"north\",\"name\":\"North Hub\",\"area\":\"Banbury\",\"annualBudgetPence\":300000}";

    private static LocalServer server;

    @BeforeAll
    static void start() {
        server = LocalServer.start(Storage.inMemory());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        HttpResponse<String> response = server.get("/nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).startsWith(
                "{\"type\":\"/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"No route matches GET /nope.\"");
        assertThat(server.send("DELETE", "/nope", "application/json", "").statusCode()).isEqualTo(404);
    }

    @Test
    void aKnownPathWithAnotherMethodIsAMethodNotAllowedProblem() {
        HttpResponse<String> response = server.send("PATCH", "/hubs", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).startsWith("{\"type\":\"/problems/method-not-allowed\",\"title\":\"Method not allowed\","
                + "\"status\":405,\"detail\":\"PATCH is not allowed on /hubs; allowed: GET, POST.\"");
    }

    @Test
    void aBodyLargerThanTheApiAcceptsIsRefusedBeforeAnyFunctionSeesIt() {
        HttpResponse<String> response = server.send("POST", "/hubs/north/volunteer-hours/imports", "text/csv",
                "x".repeat(IncomingRequest.MAX_BODY_BYTES + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":413", "larger than the 10 MB the API accepts");
    }

    @Test
    void anEventAFunctionRefusesIsABadRequestNotAFailure() {
        HttpResponse<String> response = server.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json",
                "{\"quarter\":\"2026-Q9\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("RollupReturnsFunction refused the event", "must be a quarter written YYYY-Qn");
    }

    @Test
    void servesTheSiteIndexAtTheRoot() throws Exception {
        HttpResponse<String> response = server.get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(response.body()).isEqualTo(Files.readString(LocalServer.ROOT.resolve("static-site/dist/index.html")))
                .contains("<html lang=\"en-GB\" class=\"govuk-template\">", "<title>Dashboard – Hub Returns</title>");
        assertThat(server.get("/index.html").body()).isEqualTo(response.body());
    }

    @Test
    void refusesToServeFilesOutsideTheSite() {
        for (String path : List.of("/../../template.yaml", "/%2e%2e/%2e%2e/template.yaml", "/..%2f..%2ftemplate.yaml",
                "/%2E%2E%2F%2E%2E%2Fpom.xml")) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("AWSTemplateFormatVersion", "<project");
        }
    }

    @Test
    void listsHubsAsAPage() throws Exception {
        HttpResponse<String> response = server.get("/hubs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.get("items").isArray()).isTrue();
        assertThat(page.has("nextCursor")).isTrue();
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void createsAHubAndReadsItBack() throws Exception {
        HttpResponse<String> created = server.send("POST", "/hubs", "application/json", NORTH);

        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> read = server.get("/hubs/north");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo("North Hub");
        assertThat(server.get("/hubs/nowhere").statusCode()).isEqualTo(404);
    }

    @Test
    void answersRequestsThatArriveTogether() {
        List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, 8)
                .mapToObj(i -> server.client().sendAsync(HttpRequest.newBuilder(server.uri("/hubs?limit=" + (i + 1))).header("Authorization", "Bearer " + server.adminToken()).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        assertThat(responses).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    }
}
