package uk.hubreturns.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.template.SamTemplate;

/**
 * Drives the local runtime over HTTP on loopback with many concurrent clients and a fixed mix of requests (meetings,
 * single volunteer entries, CSV imports, requests that must be refused, reads), some writes sent twice with the same
 * Idempotency-Key as a client retrying would. Then it checks, through the API and then in the table itself, that every
 * write answered 2xx is stored exactly once and nothing else is: nothing lost, nothing twice, no 5xx. It prints
 * throughput and p50/p95/p99 latency per kind of request, writes the same to target/load-test.md, and exits non-zero
 * if any check fails.
 *
 * <p>Arguments: repository folder, target folder, clients, requests, time bound in seconds, random seed.
 */
public final class LoadTest {

    enum Kind {
        RECORD_MEETING(24), LOG_HOURS(30), IMPORT_CSV(4), REFUSED_MEETING(4), REFUSED_HOURS(4), UNKNOWN_HUB(2),
        LIST_MEETINGS(12), LIST_HOURS(12), GET_HUB(8), RETRY_SAME_KEY(0);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private record Planned(int number, Kind kind, String hubId, LocalDate date, int minutes, boolean retried) {
    }

    private static final int HUBS = 20;
    private static final int ROWS_PER_IMPORT = 20;
    private static final int RETRY_ONE_WRITE_IN = 10;
    private static final List<String> QUARTERS = List.of("2026-Q1", "2026-Q2");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> staffTokens = new ConcurrentHashMap<>();
    private final Map<Kind, Latencies> latencies = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, LongAdder>> outcomes = new EnumMap<>(Kind.class);
    private final Ledger ledger = new Ledger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private String adminToken;

    private LoadTest(URI base) {
        this.base = base;
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new Latencies());
            outcomes.put(kind, new ConcurrentHashMap<>());
        }
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath();
        int clients = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        Duration bound = Duration.ofSeconds(Long.parseLong(args[4]));
        long seed = Long.parseLong(args[5]);

        Path work = target.resolve("load");
        deleteRecursively(work);
        Path data = Files.createDirectories(work.resolve("data"));
        Path site = Files.createDirectories(work.resolve("site"));
        List<Planned> plan = plan(requests, seed);

        LoadTest test;
        Run run;
        progress("Starting the local runtime (its log: " + work.resolve("runtime.log") + ")");
        try (RuntimeProcess runtime = RuntimeProcess.start(repository, data, site, work.resolve("runtime.log"))) {
            test = new LoadTest(runtime.uri());
            progress("Creating " + HUBS + " hubs at " + runtime.uri());
            test.createHubs();
            progress("Sending " + requests + " requests from " + clients + " clients");
            run = test.drive(plan, clients, bound);
            progress("Sent " + run.sent() + " in " + run.elapsed().toMillis() + " ms; checking every hub through the API");
            test.checkThroughTheApi();
            progress("Stopping the runtime");
        }
        progress("Checking the table in " + data);
        test.checkTheTable(repository, data);
        String report = test.report(run, clients, requests, seed);
        System.out.println(report);
        Files.writeString(target.resolve("load-test.md"), report);
        System.exit(test.failures.isEmpty() && run.sent() == requests ? 0 : 1);
    }

    private static void progress(String message) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + message);
    }

    private record Run(int sent, Duration elapsed, boolean stoppedByTimeBound) {
    }

    /** The requests, decided before any is sent, so the same seed gives the same mix. */
    private static List<Planned> plan(int requests, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int totalWeight = 0;
        for (Kind kind : Kind.values()) {
            totalWeight += kind.weight;
        }
        List<Planned> plan = new ArrayList<>();
        int sent = 0;
        while (sent < requests) {
            int pick = random.nextInt(totalWeight);
            Kind kind = null;
            for (Kind candidate : Kind.values()) {
                pick -= candidate.weight;
                if (pick < 0) {
                    kind = candidate;
                    break;
                }
            }
            String hubId = hubId(random.nextInt(HUBS));
            LocalDate date = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(183));
            int minutes = 15 * (1 + random.nextInt(32));
            boolean retried = (kind == Kind.RECORD_MEETING || kind == Kind.LOG_HOURS) && random.nextInt(RETRY_ONE_WRITE_IN) == 0
                    && sent + 2 <= requests;
            plan.add(new Planned(plan.size(), kind, hubId, date, minutes, retried));
            sent += retried ? 2 : 1;
        }
        return plan;
    }

    private static String hubId(int index) {
        return String.format(Locale.ROOT, "load-%02d", index + 1);
    }

    private void createHubs() throws IOException, InterruptedException {
        adminToken = token("{\"role\":\"county-admin\"}");
        for (int h = 0; h < HUBS; h++) {
            String hubId = hubId(h);
            HttpResponse<String> created = send(adminToken, "POST", "/hubs", "application/json", "{\"hubId\":\"" + hubId
                    + "\",\"name\":\"Load hub " + (h + 1) + "\",\"area\":\"Oxfordshire\",\"annualBudgetPence\":1200000}", null);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Could not create hub " + hubId + ": " + created.body());
            }
            staffTokens.put(hubId, token("{\"role\":\"hub-staff\",\"hubs\":[\"" + hubId + "\"]}"));
        }
    }

    private String token(String request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/_local/token"))
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("token").asText();
    }

    private Run drive(List<Planned> plan, int clients, Duration bound) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + bound.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < plan.size() && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        sent.addAndGet(execute(plan.get(i)));
                    }
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            client.start();
        }
        done.await();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        return new Run(sent.get(), elapsed, next.get() < plan.size());
    }

    /** Sends one planned request (twice for a retried write) and returns how many were sent. */
    private int execute(Planned planned) {
        String hub = planned.hubId();
        String token = staffTokens.get(hub);
        String key = "load-" + planned.number();
        try {
            switch (planned.kind()) {
                case RECORD_MEETING -> {
                    String body = meeting(planned.date(), planned.minutes() * 10L, planned.number());
                    Answer first = timed(planned.kind(), token, "POST", "/hubs/" + hub + "/meetings", "application/json", body, key);
                    if (first.status() == 201) {
                        ledger.meeting(hub, quarterOf(planned.date()), id(first, "meetingId"));
                    }
                    if (planned.retried()) {
                        sameAnswerOnRetry(first, timed(Kind.RETRY_SAME_KEY, token, "POST", "/hubs/" + hub + "/meetings",
                                "application/json", body, key), "meetingId");
                    }
                    expectStatus(planned, first, 201);
                    return planned.retried() ? 2 : 1;
                }
                case LOG_HOURS -> {
                    String body = "{\"volunteerRef\":\"V-" + planned.number() % 500 + "\",\"date\":\"" + planned.date() + "\",\"hours\":"
                            + hours(planned.minutes()) + ",\"activity\":\"OUTREACH\"}";
                    Answer first = timed(planned.kind(), token, "POST", "/hubs/" + hub + "/volunteer-hours", "application/json", body, key);
                    if (first.status() == 201) {
                        ledger.entry(hub, quarterOf(planned.date()), id(first, "entryId"), planned.minutes());
                    }
                    if (planned.retried()) {
                        sameAnswerOnRetry(first, timed(Kind.RETRY_SAME_KEY, token, "POST", "/hubs/" + hub + "/volunteer-hours",
                                "application/json", body, key), "entryId");
                    }
                    expectStatus(planned, first, 201);
                    return planned.retried() ? 2 : 1;
                }
                case IMPORT_CSV -> {
                    StringBuilder csv = new StringBuilder("volunteerRef,date,hours,activity\r\n");
                    Map<String, Integer> minutesByQuarter = new java.util.TreeMap<>();
                    for (int row = 0; row < ROWS_PER_IMPORT; row++) {
                        LocalDate date = planned.date().plusDays(row * 3L).isAfter(LocalDate.of(2026, 9, 30))
                                ? planned.date().minusDays(row * 3L) : planned.date().plusDays(row * 3L);
                        int minutes = 15 * (1 + (planned.number() + row) % 16);
                        csv.append("I").append(planned.number()).append('-').append(row).append(',').append(date).append(',')
                                .append(hours(minutes)).append(",EVENTS\r\n");
                        minutesByQuarter.merge(quarterOf(date), minutes, Integer::sum);
                    }
                    Answer answer = timed(planned.kind(), token, "POST", "/hubs/" + hub + "/volunteer-hours/imports", "text/csv",
                            csv.toString(), null);
                    if (answer.status() == 201) {
                        minutesByQuarter.forEach((quarter, minutes) -> ledger.imported(hub, quarter, minutes));
                        csv.toString().lines().skip(1).forEach(line -> ledger.importedRow(hub, quarterOf(LocalDate.parse(line.split(",")[1]))));
                    }
                    expectStatus(planned, answer, 201);
                    return 1;
                }
                case REFUSED_MEETING -> {
                    expectStatus(planned, timed(planned.kind(), token, "POST", "/hubs/" + hub + "/meetings", "application/json",
                            meeting(planned.date(), -5, planned.number()).replace(planned.date().toString(), "2026-02-30"), null), 400);
                    return 1;
                }
                case REFUSED_HOURS -> {
                    expectStatus(planned, timed(planned.kind(), token, "POST", "/hubs/" + hub + "/volunteer-hours", "application/json",
                            "{\"volunteerRef\":\"V-1\",\"date\":\"" + planned.date() + "\",\"hours\":25,\"activity\":\"OUTREACH\"}", null), 400);
                    return 1;
                }
                case UNKNOWN_HUB -> {
                    expectStatus(planned, timed(planned.kind(), adminToken, "POST", "/hubs/no-such-hub/meetings", "application/json",
                            meeting(planned.date(), 0, planned.number()), null), 404);
                    return 1;
                }
                case LIST_MEETINGS -> {
                    expectStatus(planned, timed(planned.kind(), token, "GET", "/hubs/" + hub + "/meetings?quarter=" + quarterOf(planned.date())
                            + "&limit=20", null, null, null), 200);
                    return 1;
                }
                case LIST_HOURS -> {
                    expectStatus(planned, timed(planned.kind(), token, "GET", "/hubs/" + hub + "/volunteer-hours?quarter="
                            + quarterOf(planned.date()) + "&limit=20", null, null, null), 200);
                    return 1;
                }
                case GET_HUB -> {
                    expectStatus(planned, timed(planned.kind(), token, "GET", "/hubs/" + hub, null, null, null), 200);
                    return 1;
                }
                default -> throw new IllegalStateException("Not a planned kind: " + planned.kind());
            }
        } catch (IOException e) {
            failures.add("Request " + planned.number() + " (" + planned.kind() + ") got no answer: " + e);
            outcomes.get(planned.kind()).computeIfAbsent("no answer", k -> new LongAdder()).increment();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String body, boolean replayed) {
    }

    private Answer timed(Kind kind, String token, String method, String path, String contentType, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = send(token, method, path, contentType, body, idempotencyKey);
        latencies.get(kind).add(System.nanoTime() - started);
        outcomes.get(kind).computeIfAbsent(response.statusCode() / 100 + "xx", k -> new LongAdder()).increment();
        if (response.statusCode() >= 500) {
            failures.add(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false));
    }

    private HttpResponse<String> send(String token, String method, String path, String contentType, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expectStatus(Planned planned, Answer answer, int expected) {
        if (answer.status() != expected && answer.status() < 500) {
            failures.add("Request " + planned.number() + " (" + planned.kind() + ") answered " + answer.status() + " where "
                    + expected + " was expected: " + answer.body());
        }
    }

    private void sameAnswerOnRetry(Answer first, Answer retry, String idField) throws IOException {
        if (first.status() != retry.status() || (first.status() == 201 && (!retry.replayed()
                || !id(first, idField).equals(id(retry, idField))))) {
            failures.add("A retry with the same Idempotency-Key was not answered as the first: " + first.status() + " then "
                    + retry.status() + (retry.replayed() ? " (replayed)" : " (not replayed)"));
        }
    }

    private static String id(Answer answer, String field) throws IOException {
        return JSON.readTree(answer.body()).get(field).asText();
    }

    private static String meeting(LocalDate date, long costPence, int number) {
        return "{\"date\":\"" + date + "\",\"type\":\"LOCAL_PARTNERSHIP\",\"title\":\"Load meeting " + number + "\",\"chairs\":[\"Hub Manager\"],"
                + "\"attendees\":[{\"name\":\"Member 1\",\"organisation\":\"School\",\"sector\":\"SCHOOLS\"},"
                + "{\"name\":\"Member 2\",\"organisation\":\"NHS\",\"sector\":\"HEALTH\"}],"
                + "\"actions\":[{\"description\":\"Follow up\",\"owner\":\"Hub Manager\",\"dueDate\":\"" + date.plusDays(30)
                + "\",\"status\":\"OPEN\"}],\"costPence\":" + costPence + "}";
    }

    private static String hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String quarterOf(LocalDate date) {
        return date.isBefore(LocalDate.of(2026, 7, 1)) ? "2026-Q1" : "2026-Q2";
    }

    private void checkThroughTheApi() throws IOException, InterruptedException {
        for (int h = 0; h < HUBS; h++) {
            String hub = hubId(h);
            for (String quarter : QUARTERS) {
                List<JsonNode> meetings = allPages("/hubs/" + hub + "/meetings?quarter=" + quarter);
                compare("API: meetings of " + hub + " in " + quarter, ledger.meetings(hub, quarter), ids(meetings, "meetingId"));

                List<JsonNode> entries = allPages("/hubs/" + hub + "/volunteer-hours?quarter=" + quarter);
                List<String> singles = new ArrayList<>();
                int importedRows = 0;
                for (JsonNode entry : entries) {
                    if (entry.path("importId").isNull() || entry.path("importId").isMissingNode()) {
                        singles.add(entry.get("entryId").asText());
                    } else {
                        importedRows++;
                    }
                }
                compare("API: single volunteer entries of " + hub + " in " + quarter, ledger.entries(hub, quarter), singles);
                if (importedRows != ledger.importedRows(hub, quarter)) {
                    failures.add("API: " + hub + " " + quarter + " lists " + importedRows + " imported rows where "
                            + ledger.importedRows(hub, quarter) + " were acknowledged");
                }
                BigDecimal total = new BigDecimal(get("/hubs/" + hub + "/volunteer-hours?quarter=" + quarter + "&limit=1").get("totalHours").asText());
                BigDecimal expected = BigDecimal.valueOf(ledger.minutes(hub, quarter)).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.UNNECESSARY);
                if (total.compareTo(expected) != 0) {
                    failures.add("API: " + hub + " " + quarter + " totals " + total + " hours where " + expected + " were acknowledged");
                }
            }
        }
    }

    private List<JsonNode> allPages(String path) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get(path + "&limit=100" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            page.get("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(adminToken, "GET", path, null, null, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static List<String> ids(List<JsonNode> items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    private void compare(String what, Set<String> acknowledged, List<String> stored) {
        Set<String> storedOnce = new HashSet<>(stored);
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(storedOnce);
        Set<String> unexpected = new HashSet<>(storedOnce);
        unexpected.removeAll(acknowledged);
        int twice = stored.size() - storedOnce.size();
        if (!lost.isEmpty() || !unexpected.isEmpty() || twice > 0) {
            failures.add(what + ": " + lost.size() + " lost, " + unexpected.size() + " never acknowledged, " + twice + " stored twice");
        }
    }

    private void checkTheTable(Path repository, Path data) {
        String table = SamTemplate.load(repository.resolve("template.yaml")).table("RecordsTable").orElseThrow().tableName();
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startOnDisk(data)) {
            for (int h = 0; h < HUBS; h++) {
                String hub = hubId(h);
                long meetings = count(dynamoDb.client(), table, hub, "MEETING#");
                long entries = count(dynamoDb.client(), table, hub, "VOLUNTEER#");
                long expectedMeetings = QUARTERS.stream().mapToLong(q -> ledger.meetings(hub, q).size()).sum();
                long expectedEntries = QUARTERS.stream().mapToLong(q -> ledger.entries(hub, q).size() + ledger.importedRows(hub, q)).sum();
                if (meetings != expectedMeetings || entries != expectedEntries) {
                    failures.add("Table: " + hub + " holds " + meetings + " meetings and " + entries + " volunteer entries where "
                            + expectedMeetings + " and " + expectedEntries + " were acknowledged");
                }
            }
            long others = count(dynamoDb.client(), table, "no-such-hub", "");
            if (others != 0) {
                failures.add("Table: refused requests stored " + others + " items for an unknown hub");
            }
        }
    }

    private static long count(DynamoDbClient dynamoDb, String table, String hubId, String prefix) {
        Map<String, AttributeValue> values = prefix.isEmpty()
                ? Map.of(":pk", AttributeValue.fromS("HUB#" + hubId))
                : Map.of(":pk", AttributeValue.fromS("HUB#" + hubId), ":prefix", AttributeValue.fromS(prefix));
        return dynamoDb.queryPaginator(request -> request.tableName(table).select(Select.COUNT).consistentRead(true)
                        .keyConditionExpression(prefix.isEmpty() ? "pk = :pk" : "pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(values))
                .stream().mapToLong(page -> page.count()).sum();
    }

    private String report(Run run, int clients, int requests, long seed) {
        StringBuilder out = new StringBuilder();
        out.append("## Load test\n\n");
        out.append(String.format(Locale.ROOT, "%d clients, %d of %d requests sent in %.1f s (%.0f requests/s)%s, seed %d, %d hubs, "
                        + "the local runtime with its data on disk, on loopback.%n%n", clients, run.sent(), requests,
                run.elapsed().toMillis() / 1000.0, run.sent() / (run.elapsed().toMillis() / 1000.0),
                run.stoppedByTimeBound() ? " (stopped by the time bound)" : "", seed, HUBS));
        out.append("| Request | Sent | 2xx | 4xx | 5xx | No answer | p50 ms | p95 ms | p99 ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Latencies all = new Latencies();
        for (Kind kind : Kind.values()) {
            Latencies kindLatencies = latencies.get(kind);
            Map<String, LongAdder> counts = outcomes.get(kind);
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f | %.1f | %.1f |%n",
                    kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), kindLatencies.count(), count(counts, "2xx"),
                    count(counts, "4xx"), count(counts, "5xx"), count(counts, "no answer"), kindLatencies.percentileMillis(50),
                    kindLatencies.percentileMillis(95), kindLatencies.percentileMillis(99)));
        }
        out.append('\n');
        long acknowledged = ledger.acknowledgedWrites();
        out.append("Acknowledged writes: ").append(acknowledged).append(" (meetings, single entries and imported rows). ");
        if (failures.isEmpty()) {
            out.append("Checked through the API and then in the table: every one is stored exactly once, no refused request "
                    + "stored anything, no 5xx. **0 lost, 0 duplicated, 0 5xx.**\n");
        } else {
            out.append("**").append(failures.size()).append(" checks failed:**\n\n");
            failures.stream().sorted(Comparator.naturalOrder()).limit(50).forEach(failure -> out.append("- ").append(failure).append('\n'));
        }
        return out.toString();
    }

    private static long count(Map<String, LongAdder> counts, String key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** What the runtime acknowledged with 2xx, per hub and quarter. */
    private static final class Ledger {
        private final Map<String, Set<String>> meetings = new ConcurrentHashMap<>();
        private final Map<String, Set<String>> entries = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> importedRows = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> minutes = new ConcurrentHashMap<>();

        void meeting(String hub, String quarter, String meetingId) {
            meetings.computeIfAbsent(hub + " " + quarter, k -> ConcurrentHashMap.newKeySet()).add(meetingId);
        }

        void entry(String hub, String quarter, String entryId, int entryMinutes) {
            entries.computeIfAbsent(hub + " " + quarter, k -> ConcurrentHashMap.newKeySet()).add(entryId);
            minutes.computeIfAbsent(hub + " " + quarter, k -> new AtomicLong()).addAndGet(entryMinutes);
        }

        void imported(String hub, String quarter, int importMinutes) {
            minutes.computeIfAbsent(hub + " " + quarter, k -> new AtomicLong()).addAndGet(importMinutes);
        }

        void importedRow(String hub, String quarter) {
            importedRows.computeIfAbsent(hub + " " + quarter, k -> new AtomicInteger()).incrementAndGet();
        }

        Set<String> meetings(String hub, String quarter) {
            return meetings.getOrDefault(hub + " " + quarter, Set.of());
        }

        Set<String> entries(String hub, String quarter) {
            return entries.getOrDefault(hub + " " + quarter, Set.of());
        }

        int importedRows(String hub, String quarter) {
            AtomicInteger rows = importedRows.get(hub + " " + quarter);
            return rows == null ? 0 : rows.get();
        }

        long minutes(String hub, String quarter) {
            AtomicLong total = minutes.get(hub + " " + quarter);
            return total == null ? 0 : total.get();
        }

        long acknowledgedWrites() {
            return meetings.values().stream().mapToLong(Set::size).sum() + entries.values().stream().mapToLong(Set::size).sum()
                    + importedRows.values().stream().mapToLong(AtomicInteger::get).sum();
        }
    }
}
