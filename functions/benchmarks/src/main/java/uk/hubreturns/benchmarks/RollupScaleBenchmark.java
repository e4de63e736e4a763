package uk.hubreturns.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.BatchWriter;
import uk.hubreturns.common.dynamodb.RetryBackoff;
import uk.hubreturns.common.dynamodb.Sleeper;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.devkit.LocalDynamoDbClient;
import uk.hubreturns.devkit.TemplateTables;
import uk.hubreturns.returns.DaggerReturnsComponent;
import uk.hubreturns.returns.ReturnsComponent;
import uk.hubreturns.template.SamTemplate;

/**
 * Rollup scale: one quarter of N volunteer-hour entries (plus a meeting per 100 entries and each hub's agreement
 * and actuals) across 20 hubs, with a tenth as many entries in the quarter before, which the rollup must not read.
 * For each N it times the real rollup of the quarter and a bare paginated Query over the same items doing the same
 * sums, both eight hubs at a time, and counts the items the rollup read. Runs in a JVM capped at 1 GB (as a 1 GB
 * Lambda) with DynamoDB Local's data on disk, outside the heap. Writes target/benchmarks/rollup-scale.md.
 */
public final class RollupScaleBenchmark {

    /** The file DynamoDB Local keeps its data in, with -sharedDb, in the folder it is given. */
    private static final String DYNAMODB_LOCAL_FILE = "shared-local-instance.db";
    private static final int HUBS = 20;
    private static final int PARALLEL_HUBS = 8;
    private static final int RUNS = 5;
    private static final Quarter QUARTER = Quarter.parse("2026-Q1").orElseThrow();
    /** Where the bare reads leave their sums, so that the arithmetic is really done. */
    private static final LongAdder SUMS = new LongAdder();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));

    private record Result(int entries, long itemsInQuarter, long itemsRead, double loadSeconds, double rollupMs, double bareMs) {
    }

    /** Arguments: the repository root, this module's target folder, the entry counts (comma-separated), DynamoDB Local's data folder. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath();
        List<Integer> sizes = new ArrayList<>();
        for (String size : args[2].split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        Path data = Files.createDirectories(Path.of(args[3]));
        // Each run loads its own tables. An earlier run's file would make SQLite slower (and grows by
        // hundreds of MB a run), so the measurement would depend on how often the harness had run before.
        Files.deleteIfExists(data.resolve(DYNAMODB_LOCAL_FILE));
        List<Result> results = new ArrayList<>();
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startOnDisk(data)) {
            TemplateTables tables = new TemplateTables(dynamoDb.client(), SamTemplate.load(root.resolve("template.yaml")));
            for (int entries : sizes) {
                String table = "scale-" + entries + "-" + System.nanoTime();
                tables.createCopy("RecordsTable", table);
                long started = System.nanoTime();
                long itemsInQuarter = load(dynamoDb.client(), table, entries);
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                ReturnsComponent returns = DaggerReturnsComponent.factory().create(Settings.of(Map.of("TABLE_NAME", table,
                        "DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString(), "AWS_REGION", LocalDynamoDbClient.REGION.id(),
                        "AWS_ACCESS_KEY_ID", LocalDynamoDbClient.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", LocalDynamoDbClient.SECRET_ACCESS_KEY,
                        "FINANCIAL_YEAR_START_MONTH", "4")), CLOCK);
                returns.rollup().rollUp(QUARTER.previous());
                // One untimed pass of each over the quarter first: the first reads of a freshly loaded table are slower
                // for both (JIT, DynamoDB Local's pages), and a median over a falling series would favour neither fairly.
                timeBareQueries(dynamoDb.client(), table, itemsInQuarter);
                returns.rollup().rollUp(QUARTER);
                // Alternated, and which goes first swapped each run, so that neither gains from the other's warm JIT or
                // warm DynamoDB Local pages, nor pays for the other's garbage or writes; medians of five.
                double[] rollupRuns = new double[RUNS];
                double[] bareRuns = new double[RUNS];
                long itemsRead = 0;
                for (int run = 0; run < RUNS; run++) {
                    if (run % 2 == 0) {
                        bareRuns[run] = timeBareQueries(dynamoDb.client(), table, itemsInQuarter);
                    }
                    long readBefore = returns.recordsReader().itemsRead();
                    long rollupStarted = System.nanoTime();
                    returns.rollup().rollUp(QUARTER);
                    rollupRuns[run] = (System.nanoTime() - rollupStarted) / 1e6;
                    itemsRead = returns.recordsReader().itemsRead() - readBefore;
                    if (run % 2 == 1) {
                        bareRuns[run] = timeBareQueries(dynamoDb.client(), table, itemsInQuarter);
                    }
                }
                System.out.printf(Locale.ROOT, "%,d entries, each run (ms): rollup %s, bare Query %s%n", entries,
                        java.util.Arrays.toString(rounded(rollupRuns)), java.util.Arrays.toString(rounded(bareRuns)));
                dynamoDb.client().deleteTable(request -> request.tableName(table));
                double rollupMs = median(rollupRuns);
                double bareMs = median(bareRuns);
                results.add(new Result(entries, itemsInQuarter, itemsRead, loadSeconds, rollupMs, bareMs));
                System.out.printf(Locale.ROOT, "%,d entries: loaded in %.0f s, rollup %.0f ms, bare Query %.0f ms%n", entries, loadSeconds,
                        rollupMs, bareMs);
            }
        }
        String table = table(results);
        System.out.println(table);
        Files.writeString(target.resolve("benchmarks/rollup-scale.md"), table);
        System.exit(results.stream().allMatch(r -> r.itemsRead() == r.itemsInQuarter()) ? 0 : 1);
    }

    /** Writes the hubs and their records; returns how many items are dated in the quarter. */
    private static long load(DynamoDbClient dynamoDb, String table, int entries) throws Exception {
        BatchWriter writer = new BatchWriter(dynamoDb, new RetryBackoff(Sleeper.realTime(), new SplittableRandom(1)));
        LongAdder inQuarter = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> loading = new ArrayList<>();
            for (int h = 0; h < HUBS; h++) {
                int hub = h;
                loading.add(pool.submit(() -> {
                    inQuarter.add(loadHub(writer, table, "hub-" + hub, entries / HUBS, hub));
                    return null;
                }));
            }
            for (Future<?> done : loading) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        return inQuarter.sum();
    }

    private static long loadHub(BatchWriter writer, String table, String hubId, int entries, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String pk = "HUB#" + hubId;
        List<WriteRequest> batch = new ArrayList<>();
        batch.add(put(Map.of("pk", s("HUBS"), "sk", s("HUB#" + hubId), "hubId", s(hubId), "name", s("Hub " + hubId), "area", s("Oxfordshire"),
                "annualBudgetPence", n(1_200_000), "requiredSectors", AttributeValue.fromL(List.of(s("SCHOOLS"), s("HEALTH"))),
                "createdAt", s("2026-04-01T09:00:00Z"), "updatedAt", s("2026-04-01T09:00:00Z"), "version", n(1))));
        batch.add(put(Map.of("pk", s(pk), "sk", s("AGREEMENT#a-" + hubId), "agreementId", s("a-" + hubId), "title", s("Family support"),
                "startDate", s("2026-01-01"), "endDate", s("2027-03-31"), "measures", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "measureId", s("families"), "name", s("Families supported"), "target", s("40"), "direction", s("AT_LEAST"),
                        "amberTolerancePercent", s("10"))))))));
        long inQuarter = 0;
        batch.add(put(Map.of("pk", s(pk), "sk", s("ACTUALS#a-" + hubId + "#" + QUARTER.id()), "quarterSk",
                s("Q#" + QUARTER.id() + "#ACTUALS#a-" + hubId), "agreementId", s("a-" + hubId),
                "values", AttributeValue.fromM(Map.of("families", s("37"))))));
        inQuarter++;
        int previousQuarterEntries = entries / 10;
        for (int e = 0; e < entries + previousQuarterEntries; e++) {
            boolean thisQuarter = e < entries;
            LocalDate date = thisQuarter ? LocalDate.of(2026, 4, 1).plusDays(random.nextInt(91))
                    : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(90));
            String quarterId = thisQuarter ? QUARTER.id() : QUARTER.previous().id();
            String id = hubId + "-" + e;
            batch.add(put(Map.of("pk", s(pk), "sk", s("VOLUNTEER#" + id), "quarterSk", s("Q#" + quarterId + "#VOLUNTEER#" + date + "#" + id),
                    "entryId", s(id), "hubId", s(hubId), "volunteerRef", s("V-" + random.nextInt(400)), "date", s(date.toString()),
                    "minutes", n(15 * (1 + random.nextInt(16))), "activity", s("EVENTS"), "version", n(1))));
            if (e % 100 == 0) {
                String meetingId = "m-" + id;
                batch.add(put(Map.of("pk", s(pk), "sk", s("MEETING#" + meetingId), "quarterSk",
                        s("Q#" + quarterId + "#MEETING#" + date + "#" + meetingId), "date", s(date.toString()), "type", s("LOCAL_PARTNERSHIP"),
                        "attendees", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("sector", s("SCHOOLS"))),
                                AttributeValue.fromM(Map.of("sector", s("HEALTH"))))),
                        "actions", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("status", s("OPEN"), "dueDate",
                                s(date.plusDays(30).toString()))))), "costPence", n(2500))));
                if (thisQuarter) {
                    inQuarter++;
                }
            }
            if (thisQuarter) {
                inQuarter++;
            }
            if (batch.size() >= 500) {
                writer.write(table, batch);
                batch.clear();
            }
        }
        writer.write(table, batch);
        return inQuarter;
    }

    private static double timeBareQueries(DynamoDbClient dynamoDb, String table, long itemsInQuarter) throws Exception {
        long started = System.nanoTime();
        long read = bareQueries(dynamoDb, table);
        double millis = (System.nanoTime() - started) / 1e6;
        if (read != itemsInQuarter) {
            throw new IllegalStateException("The bare Query read " + read + " items of " + itemsInQuarter);
        }
        return millis;
    }

    private static long[] rounded(double[] millis) {
        return java.util.Arrays.stream(millis).mapToLong(Math::round).toArray();
    }

    /** The same items, read with a bare paginated Query per hub, eight hubs at a time, doing the same sums. */
    private static long bareQueries(DynamoDbClient dynamoDb, String table) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_HUBS);
        try {
            List<Future<Long>> hubs = new ArrayList<>();
            for (int h = 0; h < HUBS; h++) {
                String pk = "HUB#hub-" + h;
                hubs.add(pool.submit(() -> {
                    long[] read = {0};
                    long[] minutes = {0};
                    Set<String> volunteers = new HashSet<>();
                    Map<String, Integer> sectors = new HashMap<>();
                    dynamoDb.queryPaginator(q -> q.tableName(table).indexName("byQuarter").consistentRead(true)
                            .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                            .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s("Q#" + QUARTER.id() + "#")))).forEach(page -> {
                                read[0] += page.count();
                                for (Map<String, AttributeValue> item : page.items()) {
                                    AttributeValue ref = item.get("volunteerRef");
                                    if (ref != null) {
                                        volunteers.add(ref.s());
                                        minutes[0] += Long.parseLong(item.get("minutes").n());
                                    } else if (item.containsKey("attendees")) {
                                        item.get("attendees").l().forEach(a -> sectors.merge(a.m().get("sector").s(), 1, Integer::sum));
                                    }
                                }
                            });
                    SUMS.add(minutes[0] + volunteers.size() + sectors.size());
                    return read[0];
                }));
            }
            long read = 0;
            for (Future<Long> hub : hubs) {
                read += hub.get();
            }
            return read;
        } finally {
            pool.shutdown();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static String table(List<Result> results) {
        StringBuilder out = new StringBuilder("Rollup scale: one quarter across 20 hubs (a meeting per 100 entries, each hub's agreement and "
                + "actuals; a tenth as many entries in the quarter before), JVM capped at -Xmx1g, DynamoDB Local on disk; medians of five runs, alternated, which goes first swapped each run.\n\n");
        out.append("| Entries in the quarter | Items in the quarter | Items the rollup read | Rollup (ms) | Bare Query + sums (ms) | Ratio | "
                + "Rollup ms per 1,000 items |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f | %.0f | %.2f× | %.1f |%n", r.entries(), r.itemsInQuarter(),
                    r.itemsRead(), r.rollupMs(), r.bareMs(), r.rollupMs() / r.bareMs(), r.rollupMs() / (r.itemsInQuarter() / 1000.0)));
        }
        return out.toString();
    }
}
