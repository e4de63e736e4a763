package uk.hubreturns.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.hubreturns.common.ledger.AuditEntry;
import uk.hubreturns.common.ledger.InMemoryAuditLog;
import uk.hubreturns.common.ledger.InMemoryIdempotencyStore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;

class ApiEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore();
    private final ApiEndpoint endpoint = new ApiEndpoint(uk.hubreturns.common.json.JsonModule.json(), () -> idempotency, () -> audit,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), new uk.hubreturns.common.dynamodb.DynamoDbFailureClassifier());

    private static APIGatewayV2HTTPEvent event() {
        return event("POST /hubs", Map.of("sub", "admin-1", "cognito:groups", "[county-admin]"), null);
    }

    private static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> claims, Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = claims == null ? null
                : APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build()).build();
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withPathParameters(pathParameters)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("req-42").withAuthorizer(authorizer).build())
                .build();
    }

    private static APIGatewayV2HTTPEvent post(String body, String idempotencyKey) {
        APIGatewayV2HTTPEvent event = event();
        event.setBody(body);
        event.setRawPath("/hubs");
        event.setHeaders(idempotencyKey == null ? Map.of() : Map.of("idempotency-key", idempotencyKey));
        return event;
    }

    @Test
    void aReadNeverBuildsTheIdempotencyStoreOrTheAuditLogAndAWriteBuildsOnlyWhatItUses() {
        List<String> built = new ArrayList<>();
        ApiEndpoint counting = new ApiEndpoint(uk.hubreturns.common.json.JsonModule.json(),
                () -> { built.add("idempotency store"); return idempotency; }, () -> { built.add("audit log"); return audit; },
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), new uk.hubreturns.common.dynamodb.DynamoDbFailureClassifier());
        APIGatewayV2HTTPEvent read = event("GET /hubs/{hubId}", Map.of("sub", "admin-1", "cognito:groups", "[county-admin]"), Map.of("hubId", "north"));
        read.setRawPath("/hubs/north");

        assertThat(counting.handle(read, null, request -> ApiResponse.ok(Map.of("hubId", "north"))).getStatusCode()).isEqualTo(200);
        assertThat(built).as("what a read built").isEmpty();

        assertThat(counting.handle(post("{\"hubId\":\"north\"}", null), null, request -> ApiResponse.created(Map.of(), "/hubs/north"))
                .getStatusCode()).isEqualTo(201);
        assertThat(built).as("what a write without an Idempotency-Key built").containsExactly("audit log");
    }

    @Test
    void theSameIdempotencyKeyAndBodyAnswersTheFirstResponseWithoutRunningAgain() {
        AtomicInteger runs = new AtomicInteger();
        java.util.function.Function<ApiRequest, ApiResponse> create = request -> ApiResponse.created(Map.of("run", runs.incrementAndGet()), "/hubs/north");

        APIGatewayV2HTTPResponse first = endpoint.handle(post("{\"hubId\":\"north\"}", "form-1"), null, create);
        APIGatewayV2HTTPResponse again = endpoint.handle(post("{\"hubId\":\"north\"}", "form-1"), null, create);

        assertThat(runs).hasValue(1);
        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders()).containsEntry("Location", "/hubs/north").containsEntry("Idempotent-Replayed", "true");
        assertThat(audit.entries()).as("one write, one audit entry").hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsA422AndRunsNothing() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        java.util.function.Function<ApiRequest, ApiResponse> create = request -> ApiResponse.created(Map.of("run", runs.incrementAndGet()), "/hubs/x");
        endpoint.handle(post("{\"hubId\":\"north\"}", "form-2"), null, create);

        APIGatewayV2HTTPResponse reused = endpoint.handle(post("{\"hubId\":\"south\"}", "form-2"), null, create);

        assertThat(runs).hasValue(1);
        assertThat(reused.getStatusCode()).isEqualTo(422);
        assertThat(JSON.readTree(reused.getBody()).path("type").asText()).isEqualTo("/problems/idempotency-key-reused");
    }

    @Test
    void aFailureOnOurSideForgetsTheKeySoARetryRuns() {
        AtomicInteger runs = new AtomicInteger();
        endpoint.handle(post("{}", "form-3"), null, request -> {
            runs.incrementAndGet();
            throw new IllegalStateException("database fell over");
        });
        APIGatewayV2HTTPResponse retried = endpoint.handle(post("{}", "form-3"), null, request -> {
            runs.incrementAndGet();
            return ApiResponse.created(Map.of(), "/hubs/y");
        });

        assertThat(runs).hasValue(2);
        assertThat(retried.getStatusCode()).isEqualTo(201);
    }

    @Test
    void aWriteIsAuditedWithWhoWhenTheRouteAndTheVersionsButARefusedOneIsNot() {
        APIGatewayV2HTTPEvent update = event("PUT /hubs/{hubId}", Map.of("sub", "admin-1", "cognito:groups", "[county-admin]"), Map.of("hubId", "north"));
        update.setRawPath("/hubs/north");
        update.setHeaders(Map.of("if-match", "\"3\""));
        endpoint.handle(update, null, request -> ApiResponse.ok(Map.of()).withETag(4L));
        endpoint.handle(update, null, request -> {
            throw new uk.hubreturns.common.domain.RecordConflictException("no");
        });

        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("admin-1");
            assertThat(entry.route()).isEqualTo("PUT /hubs/{hubId}");
            assertThat(entry.hubId()).isEqualTo("north");
            assertThat(entry.versionBefore()).isEqualTo("\"3\"");
            assertThat(entry.versionAfter()).isEqualTo("\"4\"");
            assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        });
    }

    @Test
    void aCreateIsAuditedAtTheAddressOfTheRecordItMadeAndAChangeAtItsOwn() {
        endpoint.handle(post("{}", null), null, request -> ApiResponse.created(Map.of(), "/hubs/north").withETag(1L));
        APIGatewayV2HTTPEvent update = event("PUT /hubs/{hubId}", Map.of("sub", "admin-1", "cognito:groups", "[county-admin]"), Map.of("hubId", "north"));
        update.setRawPath("/hubs/north");
        update.setHeaders(Map.of("if-match", "\"1\""));
        endpoint.handle(update, null, request -> ApiResponse.ok(Map.of()).withETag(2L));

        assertThat(audit.entries()).extracting(AuditEntry::route, AuditEntry::path, AuditEntry::hubId).containsExactly(
                tuple("POST /hubs", "/hubs/north", "north"),
                tuple("PUT /hubs/{hubId}", "/hubs/north", "north"));
    }

    @Test
    void dynamoDbThrottlingThatOutlastsTheRetriesIsA503WithRetryAfterNotA500() throws Exception {
        APIGatewayV2HTTPResponse response = endpoint.handle(post("{}", null), null, request -> {
            throw software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException.builder()
                    .message("Rate of requests exceeds the allowed throughput").build();
        });

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "2").containsEntry("Content-Type", "application/problem+json");
        assertThat(JSON.readTree(response.getBody()).path("detail").asText()).isEqualTo(
                "The database is busy and nothing was saved. Please try again in a moment.");
        assertThat(audit.entries()).as("a refused write is not audited").isEmpty();
    }

    @Test
    void withoutVerifiedClaimsNothingRunsAndTheAnswerIsA401Problem() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        APIGatewayV2HTTPResponse response = endpoint.handle(event("POST /hubs", null, null), null, request -> {
            ran.set(true);
            return ApiResponse.noContent();
        });

        assertThat(ran).isFalse();
        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json").containsEntry("WWW-Authenticate", "Bearer");
        assertThat(JSON.readTree(response.getBody()).path("type").asText()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void hubStaffOfOneHubCannotActOnAnotherAndNothingRuns() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        Map<String, String> northStaff = Map.of("sub", "staff-1", "cognito:groups", "[hub-staff]", "custom:hubs", "north");
        APIGatewayV2HTTPResponse response = endpoint.handle(event("POST /hubs/{hubId}/meetings", northStaff, Map.of("hubId", "south")), null,
                request -> {
                    ran.set(true);
                    return ApiResponse.noContent();
                });

        assertThat(ran).isFalse();
        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.getBody()).path("detail").asText()).isEqualTo("Your role does not allow this for hub 'south'.");
        assertThat(endpoint.handle(event("POST /hubs/{hubId}/meetings", northStaff, Map.of("hubId", "north")), null,
                request -> ApiResponse.noContent()).getStatusCode()).isEqualTo(204);
    }

    @Test
    void writesTheResultAsJsonThatIsNeverCached() throws IOException {
        APIGatewayV2HTTPResponse response = endpoint.handle(event(), null,
                request -> ApiResponse.created(Map.of("hubId", "north"), "/hubs/north"));

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json")
                .containsEntry("Cache-Control", "no-store").containsEntry("Location", "/hubs/north");
        assertThat(JSON.readTree(response.getBody()).get("hubId").asText()).isEqualTo("north");
    }

    @Test
    void invalidInputIsA400ProblemListingEveryField() throws IOException {
        APIGatewayV2HTTPResponse response = endpoint.handle(event(), null, request -> {
            throw new InvalidInputException(List.of(new FieldError("date", "is required"), new FieldError("title", "is required")));
        });

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isEqualTo("2 fields need correcting.");
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("errors").get(1).get("field").asText()).isEqualTo("title");
    }

    @Test
    void invalidInputWithSomeErrorsLeftOutSaysHowManyThereAreInItsDetail() throws IOException {
        APIGatewayV2HTTPResponse response = endpoint.handle(event(), null, request -> {
            throw new InvalidInputException(List.of(new FieldError("line 2: hours", "must be more than 0")),
                    "The file has 3,000 problems; the first 1 is listed.");
        });

        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).isEqualTo("The file has 3,000 problems; the first 1 is listed.");
        assertThat(problem.get("errors")).hasSize(1);
    }

    @Test
    void missingAndConflictingRecordsAre404And409() {
        assertThat(endpoint.handle(event(), null, request -> {
            throw new RecordNotFoundException("There is no hub with id 'x'.");
        }).getStatusCode()).isEqualTo(404);
        assertThat(endpoint.handle(event(), null, request -> {
            throw new RecordConflictException("exists");
        }).getStatusCode()).isEqualTo(409);
    }

    @Test
    void tooLargeAndWrongMediaTypeAre413And415Problems() throws IOException {
        APIGatewayV2HTTPResponse tooLarge = endpoint.handle(event(), null, request -> {
            throw new PayloadTooLargeException("The file has more than 10,000 rows.");
        });
        APIGatewayV2HTTPResponse wrongType = endpoint.handle(event(), null, request -> {
            throw new UnsupportedMediaTypeException("Send text/csv.");
        });

        assertThat(tooLarge.getStatusCode()).isEqualTo(413);
        assertThat(tooLarge.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        JsonNode problem = JSON.readTree(tooLarge.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/payload-too-large");
        assertThat(problem.get("detail").asText()).isEqualTo("The file has more than 10,000 rows.");
        assertThat(problem.get("errors")).isEmpty();
        assertThat(wrongType.getStatusCode()).isEqualTo(415);
        assertThat(JSON.readTree(wrongType.getBody()).get("type").asText()).isEqualTo("/problems/unsupported-media-type");
    }

    @Test
    void aTemporaryFailureIsA503WithRetryAfterAndItsDetailButNotItsCause() throws IOException {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        APIGatewayV2HTTPResponse response;
        try {
            response = endpoint.handle(event(), null, request -> {
                throw new TemporarilyUnavailableException("Upload the same file again to finish.", 5,
                        new IllegalStateException("secret table name hub-records-prod"));
            });
        } finally {
            System.setErr(originalErr);
        }

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json").containsEntry("Retry-After", "5");
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("/problems/temporarily-unavailable");
        assertThat(problem.get("detail").asText()).isEqualTo("Upload the same file again to finish.");
        assertThat(response.getBody()).doesNotContain("secret");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("\"requestId\":\"req-42\"").contains("IllegalStateException")
                .doesNotContain("secret");
    }

    @Test
    void anUnexpectedFailureIsABare500ThatNeverShowsTheExceptionMessage() throws IOException {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        APIGatewayV2HTTPResponse response;
        try {
            response = endpoint.handle(event(), null, request -> {
                throw new IllegalStateException("secret table name hub-records-prod",
                        new NumberFormatException("For input string: \"Philomena Xylander\""));
            });
        } finally {
            System.setErr(originalErr);
        }

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        assertThat(response.getBody()).doesNotContain("secret").doesNotContain("IllegalStateException").contains("req-42");
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).contains("\"requestId\":\"req-42\"").contains("IllegalStateException")
                .contains("caused by java.lang.NumberFormatException").contains("ApiEndpointTest")
                .doesNotContain("secret").doesNotContain("Philomena");
        assertThat(logged.strip().lines().filter(line -> line.contains("\"trace\":"))).as("the failure in one JSON line").singleElement()
                .satisfies(line -> assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("trace").isArray()).isTrue());
    }
}
