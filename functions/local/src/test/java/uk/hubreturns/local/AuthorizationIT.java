package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.hubreturns.devkit.LocalDynamoDbClient;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.HttpRoute;
import uk.hubreturns.template.SamTemplate;

/**
 * Every route of template.yaml against every kind of caller, over HTTP through the local runtime's token check:
 * the exact refusal each must get, and proof that no refused request wrote anything.
 */
class AuthorizationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who calls, in the order of the expectations below. */
    private enum Caller { NO_TOKEN, OTHER_HUB_STAFF, PARTNER, OWN_HUB_STAFF, COUNTY_ADMIN }

    /**
     * Written out by hand from the rules (not read from the code that enforces them): the status each caller gets
     * for a route of hub "south" in a quarter that is not signed off — no token, staff of another hub, a partner,
     * staff of "south", a county administrator. 0 means "let through" (the answer then depends on the request,
     * never 401, 403 or a 5xx).
     */
    private static final Map<String, int[]> EXPECTED = Map.ofEntries(
            Map.entry("GET /audit", new int[] {401, 403, 403, 403, 0}),
            Map.entry("POST /hubs", new int[] {401, 403, 403, 403, 0}),
            Map.entry("GET /hubs", new int[] {401, 0, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("PUT /hubs/{hubId}", new int[] {401, 403, 403, 403, 0}),
            Map.entry("POST /hubs/{hubId}/meetings", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/meetings", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/meetings/{meetingId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("PUT /hubs/{hubId}/meetings/{meetingId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("DELETE /hubs/{hubId}/meetings/{meetingId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("POST /hubs/{hubId}/volunteer-hours", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/volunteer-hours", new int[] {401, 403, 403, 0, 0}),
            Map.entry("DELETE /hubs/{hubId}/volunteer-hours/{entryId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("POST /hubs/{hubId}/volunteer-hours/imports", new int[] {401, 403, 403, 0, 0}),
            Map.entry("DELETE /hubs/{hubId}/volunteer-hours/imports/{importId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("POST /hubs/{hubId}/agreements", new int[] {401, 403, 403, 403, 0}),
            Map.entry("GET /hubs/{hubId}/agreements", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/agreements/{agreementId}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("PUT /hubs/{hubId}/agreements/{agreementId}", new int[] {401, 403, 403, 403, 0}),
            Map.entry("PUT /hubs/{hubId}/agreements/{agreementId}/actuals/{quarter}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/agreements/{agreementId}/actuals", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /returns/{quarter}", new int[] {401, 0, 403, 0, 0}),
            Map.entry("GET /returns/{quarter}/summary.csv", new int[] {401, 0, 403, 0, 0}),
            Map.entry("GET /returns/{quarter}/summary.pdf", new int[] {401, 0, 403, 0, 0}),
            Map.entry("POST /returns/{quarter}/sign-off", new int[] {401, 403, 403, 403, 0}),
            Map.entry("POST /returns/{quarter}/reopen", new int[] {401, 403, 403, 403, 0}),
            Map.entry("GET /hubs/{hubId}/returns", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/returns/{quarter}", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/returns/{quarter}/summary.csv", new int[] {401, 403, 403, 0, 0}),
            Map.entry("GET /hubs/{hubId}/returns/{quarter}/summary.pdf", new int[] {401, 403, 403, 0, 0}),
            Map.entry("OPTIONS /{proxy+}", new int[] {0, 0, 0, 0, 0}));

    private static LocalServer server;
    private static DynamoDbClient dynamoDb;
    private static Map<String, String> ids;

    @BeforeAll
    static void twoHubsWithRecords() throws Exception {
        server = LocalServer.start(Storage.inMemory());
        dynamoDb = LocalDynamoDbClient.connect(server.dynamoDbEndpoint());
        server.send("POST", "/hubs", "application/json", "{\"hubId\":\"north\",\"name\":\"north\",\"area\":\"Oxfordshire\",\"annualBudgetPence\":1000}");
        ids = HubWithOneOfEverything.record(server, "south");
        server.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json", "{\"quarter\":\"2026-Q1\"}");
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        server.close();
    }

    @Test
    void everyRouteOfTheTemplateHasAnExpectationHere() {
        List<String> routes = new ArrayList<>();
        for (FunctionDefinition function : SamTemplate.load(LocalServer.ROOT.resolve("template.yaml")).functions()) {
            function.httpRoutes().stream().filter(route -> !route.isDefaultRoute()).map(HttpRoute::routeKey).forEach(routes::add);
        }
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void everyRouteRefusesWhoItMustAndARefusedRequestWritesNothing() {
        String[] tokens = {null, server.token("hub-staff", "north"), server.token("partner"), server.token("hub-staff", "south"),
                server.adminToken()};
        List<String> wrong = new ArrayList<>();
        // Sign-off changes what partners may read, so it goes last (and the quarter is reopened afterwards).
        List<String> routes = EXPECTED.keySet().stream()
                .sorted(java.util.Comparator.comparing((String route) -> route.contains("/sign-off") || route.contains("/reopen"))
                        .thenComparing(route -> route))
                .toList();
        routes.forEach(routeKey -> {
            int[] statuses = EXPECTED.get(routeKey);
            String method = routeKey.substring(0, routeKey.indexOf(' '));
            String path = concrete(routeKey.substring(routeKey.indexOf(' ') + 1));
            for (Caller caller : Caller.values()) {
                int expected = statuses[caller.ordinal()];
                int itemsBefore = expected == 0 ? 0 : itemCount();
                HttpResponse<String> response = server.sendAs(tokens[caller.ordinal()], method, path, contentType(path), body(routeKey));
                boolean right = expected == 0
                        ? response.statusCode() != 401 && response.statusCode() != 403 && response.statusCode() < 500
                        : response.statusCode() == expected
                                && response.headers().firstValue("Content-Type").orElse("").equals("application/problem+json")
                                && itemCount() == itemsBefore;
                if (!right) {
                    wrong.add(caller + " " + routeKey + " → " + response.statusCode() + " " + response.body());
                }
            }
        });

        server.send("POST", "/returns/2026-Q1/reopen", "application/json", ""); // the sweep may have signed it off
        assertThat(wrong).isEmpty();
    }

    @Test
    void hubStaffWorkOnTheirOwnHubAndPartnersReadOnlySignedOffSummaries() {
        String southStaff = server.token("hub-staff", "south");
        assertThat(server.sendAs(southStaff, "POST", "/hubs/south/volunteer-hours", "application/json",
                "{\"volunteerRef\":\"V-2\",\"date\":\"2026-05-15\",\"hours\":2,\"activity\":\"EVENTS\"}").statusCode()).isEqualTo(201);
        assertThat(server.sendAs(southStaff, "GET", "/hubs/south/returns/2026-Q1", "application/json", "").statusCode()).isEqualTo(200);
        HttpResponse<String> audit = server.get("/audit?hubId=south");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("\"subject\":\"local-hub-staff-south\"", "\"route\":\"POST /hubs/{hubId}/volunteer-hours\"",
                "\"path\":\"/hubs/south/volunteer-hours/"); // the entry's address, from the create's Location
        assertThat(server.get("/audit?hubId=no-such-hub").statusCode()).as("a mistyped hub, not an empty log").isEqualTo(404);
        assertThat(server.sendAs(southStaff, "GET", "/audit?hubId=south", "application/json", "").statusCode()).isEqualTo(403);
        HttpResponse<String> badAudit = server.get("/audit?hubId=south&from=garbage&limit=0&cursor=zzz");
        assertThat(badAudit.statusCode()).isEqualTo(400);
        assertThat(badAudit.body()).contains("\"field\":\"from\"", "\"field\":\"limit\"", "\"field\":\"cursor\"");

        String partner = server.token("partner");
        assertThat(server.sendAs(partner, "GET", "/returns/2026-Q1/summary.csv", "text/csv", "").statusCode()).isEqualTo(403);
        assertThat(server.send("POST", "/returns/2026-Q1/sign-off", "application/json", "").statusCode()).isEqualTo(200);
        assertThat(server.sendAs(partner, "GET", "/returns/2026-Q1/summary.csv", "text/csv", "").statusCode()).isEqualTo(200);
        assertThat(server.sendAs(partner, "GET", "/hubs/south/returns/2026-Q1", "application/json", "").statusCode()).isEqualTo(200);
        assertThat(server.sendAs(partner, "GET", "/hubs/south/meetings?quarter=2026-Q1", "application/json", "").statusCode()).isEqualTo(403);
        assertThat(server.send("POST", "/returns/2026-Q1/reopen", "application/json", "").statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedOrMalformedTokenIsA401ProblemAndNoTokenAtAllToo() {
        String admin = server.adminToken();
        String[] parts = admin.split("\\.");
        for (String token : List.of("not-a-jwt", parts[0] + "." + parts[1] + ".", parts[0] + ".e30." + parts[2])) {
            HttpResponse<String> response = server.sendAs(token, "GET", "/hubs", "application/json", "");
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }
        assertThat(server.sendAs(null, "GET", "/nowhere", "application/json", "").statusCode()).isEqualTo(401);
        HttpResponse<String> preflight = server.sendAs(null, "OPTIONS", "/hubs/south/meetings", "application/json", "");
        assertThat(preflight.statusCode()).as("a browser's CORS preflight carries no token").isEqualTo(204);
        assertThat(preflight.body()).isEmpty();
        assertThat(server.sendAs(null, "GET", "/", "text/html", "").statusCode()).as("the site itself is public").isEqualTo(200);
    }

    private static String concrete(String template) {
        String path = template.replace("{proxy+}", "hubs/south/meetings");
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace("{" + id.getKey() + "}", id.getValue());
        }
        return template.equals("/hubs/{hubId}/meetings") || template.equals("/hubs/{hubId}/volunteer-hours")
                ? path + "?quarter=2026-Q1" : path;
    }

    private static String contentType(String path) {
        return path.endsWith("/imports") ? "text/csv" : "application/json";
    }

    private static String body(String routeKey) {
        if (routeKey.endsWith("/imports")) {
            return "volunteerRef,date,hours,activity\nV-9,2026-05-01,1,ADMIN\n";
        }
        if (routeKey.startsWith("POST /hubs/{hubId}/volunteer-hours")) {
            return "{\"volunteerRef\":\"V-9\",\"date\":\"2026-05-01\",\"hours\":1,\"activity\":\"ADMIN\"}";
        }
        if (routeKey.equals("POST /hubs")) {
            return "{\"hubId\":\"east\",\"name\":\"East\",\"area\":\"Oxfordshire\",\"annualBudgetPence\":1}";
        }
        return "{}";
    }

    private static int itemCount() {
        int count = 0;
        for (String table : dynamoDb.listTables().tableNames()) {
            count += dynamoDb.scanPaginator(request -> request.tableName(table).select("COUNT")).stream().mapToInt(page -> page.count()).sum();
        }
        return count;
    }
}
