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
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
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
import uk.hubreturns.returns.QuarterRecordsReader;
import uk.hubreturns.returns.ReturnsComponent;
import uk.hubreturns.template.SamTemplate;

/**
 * Rollup scale: one quarter of N volunteer-hour entries (plus a meeting per 100 entries and each hub's agreement
 * and actuals) across 20 hubs, with a tenth as many entries in the quarter before, which the rollup must not read.
 * The records carry what the API stores (names, notes, decisions, audit fields). For each N it times the real
 * rollup of the quarter and a bare paginated Query over the same items doing the same sums, once reading whole
 * items, once only the attributes the rollup asks for, and once those and every other item the rollup reads, all
 * eight hubs at a time, and counts the items the rollup read. Runs in a JVM capped at 1 GB (as a 1 GB Lambda) with
 * DynamoDB Local's data on disk, outside the heap. Writes target/benchmarks/rollup-scale.md.
 */
public final class RollupScaleBenchmark {

    /** The file DynamoDB Local keeps its data in, with -sharedDb, in the folder it is given. */
    private static final String DYNAMODB_LOCAL_FILE = "shared-local-instance.db";
    private static final int HUBS = 20;
    private static final int PARALLEL_HUBS = 8;
    private static final int RUNS = 5;
    private static final int WARM_UP_PASSES = Integer.getInteger("benchmark.rollupWarmUps", 3);
    private static final Quarter QUARTER = Quarter.parse("2026-Q1").orElseThrow();
    /** Where the bare reads leave their sums, so that the arithmetic is really done. */
    private static final LongAdder SUMS = new LongAdder();
    /** Who wrote the records: a Cognito user's subject, as the API stores it. */
    private static final String STAFF_SUBJECT = "3f6c2a9e-8d1b-4c7e-9a52-6b0e4d7f1c38";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));

    /** What a bare arm reads, with the same sums each time. */
    private enum BareRead {
        /** The quarter's items, whole. */
        WHOLE_ITEMS,
        /** The quarter's items, only the attributes the rollup asks for. */
        ROLLUP_ATTRIBUTES,
        /**
         * Those, and every other item the rollup reads: the list of hubs; each hub's import ledger, agreements and the
         * volunteer refs kept by rollups of the quarter and the ones before; the quarter before's county return. The
         * writes are left out.
         */
        EVERY_ROLLUP_READ
    }

    private record Result(int entries, long itemsInQuarter, long itemsRead, double loadSeconds, double rollupMs, double bareMs,
                          double bareProjectedMs, double bareEveryReadMs, double summariesMs) {
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
                Progress passes = new Progress(String.format(Locale.ROOT, "Rollup scale, %,d entries", entries), WARM_UP_PASSES + RUNS,
                        "passes of the four (untimed, then timed)");
                // Untimed passes of each over the quarter first: the first reads of a freshly loaded table are slower for
                // all (JIT, DynamoDB Local's pages; after one such pass the next two were still slower), and a median over
                // a falling series would favour none fairly.
                for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                    for (BareRead read : BareRead.values()) {
                        timeBareQueries(dynamoDb.client(), table, itemsInQuarter, read);
                    }
                    returns.rollup().rollUp(QUARTER);
                    passes.stepDone();
                }
                // Alternated, and the order rotated each run, so that none gains from another's warm JIT or warm
                // DynamoDB Local pages, nor pays for another's garbage or writes; medians of five.
                double[] rollupRuns = new double[RUNS];
                double[] bareRuns = new double[RUNS];
                double[] projectedRuns = new double[RUNS];
                double[] everyReadRuns = new double[RUNS];
                double[] summaryRuns = new double[RUNS];
                long[] itemsRead = {0};
                for (int run = 0; run < RUNS; run++) {
                    int current = run;
                    List<Runnable> arms = new ArrayList<>(List.of(
                            () -> bareRuns[current] = timeBareQueries(dynamoDb.client(), table, itemsInQuarter, BareRead.WHOLE_ITEMS),
                            () -> projectedRuns[current] = timeBareQueries(dynamoDb.client(), table, itemsInQuarter, BareRead.ROLLUP_ATTRIBUTES),
                            () -> everyReadRuns[current] = timeBareQueries(dynamoDb.client(), table, itemsInQuarter, BareRead.EVERY_ROLLUP_READ),
                            () -> {
                                long readBefore = returns.recordsReader().itemsRead();
                                long rollupStarted = System.nanoTime();
                                returns.rollup().rollUp(QUARTER);
                                rollupRuns[current] = (System.nanoTime() - rollupStarted) / 1e6;
                                itemsRead[0] = returns.recordsReader().itemsRead() - readBefore;
                                // What the nightly function does next, timed apart: it does not grow with the records.
                                long summariesStarted = System.nanoTime();
                                returns.pdfSummaries().renderAndKeep(QUARTER);
                                summaryRuns[current] = (System.nanoTime() - summariesStarted) / 1e6;
                            }));
                    java.util.Collections.rotate(arms, run);
                    arms.forEach(Runnable::run);
                    passes.stepDone();
                }
                System.out.printf(Locale.ROOT, "%,d entries, each run (ms): rollup %s, bare Query %s, bare Query of the rollup's attributes %s, "
                                + "bare reads of every item the rollup reads %s%n",
                        entries, java.util.Arrays.toString(rounded(rollupRuns)), java.util.Arrays.toString(rounded(bareRuns)),
                        java.util.Arrays.toString(rounded(projectedRuns)), java.util.Arrays.toString(rounded(everyReadRuns)));
                dynamoDb.client().deleteTable(request -> request.tableName(table));
                double rollupMs = median(rollupRuns);
                double bareMs = median(bareRuns);
                results.add(new Result(entries, itemsInQuarter, itemsRead[0], loadSeconds, rollupMs, bareMs, median(projectedRuns),
                        median(everyReadRuns), median(summaryRuns)));
                System.out.printf(Locale.ROOT, "%,d entries: loaded in %.0f s, rollup %.0f ms, bare Query %.0f ms, of the rollup's attributes %.0f ms, "
                                + "every item the rollup reads %.0f ms%n",
                        entries, loadSeconds, rollupMs, bareMs, median(projectedRuns), median(everyReadRuns));
            }
        }
        String table = table(results, data);
        System.out.println(table);
        Files.writeString(target.resolve("benchmarks/rollup-scale.md"), table);
        System.exit(results.stream().allMatch(r -> r.itemsRead() == r.itemsInQuarter()) ? 0 : 1);
    }

    /** Writes the hubs and their records; returns how many items are dated in the quarter. */
    private static long load(DynamoDbClient dynamoDb, String table, int entries) throws Exception {
        BatchWriter writer = new BatchWriter(dynamoDb, new RetryBackoff(Sleeper.realTime(), new SplittableRandom(1)));
        LongAdder inQuarter = new LongAdder();
        int entriesPerHub = entries / HUBS;
        Progress progress = new Progress(String.format(Locale.ROOT, "Rollup scale, loading %,d entries", entries),
                HUBS * (entriesPerHub + entriesPerHub / 10), "entries (this quarter's and the one before's)");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> loading = new ArrayList<>();
            for (int h = 0; h < HUBS; h++) {
                int hub = h;
                loading.add(pool.submit(() -> {
                    inQuarter.add(loadHub(writer, table, "hub-" + hub, entriesPerHub, hub, progress));
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

    private static long loadHub(BatchWriter writer, String table, String hubId, int entries, int seed, Progress progress) {
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
        int entriesSaid = 0;
        for (int e = 0; e < entries + previousQuarterEntries; e++) {
            boolean thisQuarter = e < entries;
            LocalDate date = thisQuarter ? LocalDate.of(2026, 4, 1).plusDays(random.nextInt(91))
                    : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(90));
            String quarterId = thisQuarter ? QUARTER.id() : QUARTER.previous().id();
            String id = hubId + "-" + e;
            batch.add(put(volunteerEntry(hubId, id, quarterId, date, random)));
            if (e % 100 == 0) {
                batch.add(put(meeting(hubId, "m-" + id, quarterId, date)));
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
                progress.stepsDone(e + 1 - entriesSaid);
                entriesSaid = e + 1;
            }
        }
        writer.write(table, batch);
        progress.stepsDone(entries + previousQuarterEntries - entriesSaid);
        return inQuarter;
    }

    /** A volunteer entry with the attributes the API stores: audit fields, and a note on one entry in four. */
    private static Map<String, AttributeValue> volunteerEntry(String hubId, String id, String quarterId, LocalDate date, SplittableRandom random) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("HUB#" + hubId), "sk", s("VOLUNTEER#" + id),
                "quarterSk", s("Q#" + quarterId + "#VOLUNTEER#" + date + "#" + id), "entryId", s(id), "hubId", s(hubId),
                "volunteerRef", s("V-" + random.nextInt(400)), "date", s(date.toString()), "minutes", n(15 * (1 + random.nextInt(16))),
                "activity", s("EVENTS"), "version", n(1)));
        item.put("createdAt", s(date + "T17:30:00Z"));
        item.put("createdBy", s(STAFF_SUBJECT));
        if (random.nextInt(4) == 0) {
            item.put("note", s("Set up the hall and ran the welcome desk at the family drop-in"));
        }
        return item;
    }

    /** A meeting with the attributes the API stores: six attendees, an apology, two decisions, two actions, audit fields. */
    private static Map<String, AttributeValue> meeting(String hubId, String meetingId, String quarterId, LocalDate date) {
        List<AttributeValue> attendees = new ArrayList<>();
        List<String> sectors = List.of("SCHOOLS", "HEALTH", "POLICE", "VOLUNTARY_COMMUNITY_FAITH", "PARENTS_CARERS", "CHILDREN_YOUNG_PEOPLE");
        for (int a = 0; a < sectors.size(); a++) {
            attendees.add(AttributeValue.fromM(Map.of("name", s("Attendee " + a), "organisation", s("Partner organisation " + a),
                    "sector", s(sectors.get(a)))));
        }
        List<AttributeValue> actions = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            actions.add(AttributeValue.fromM(Map.of("actionId", s(meetingId + "-" + a), "description",
                    s("Contact the schools about the summer holiday programme"), "owner", s("Hub coordinator"),
                    "dueDate", s(date.plusDays(30).toString()), "status", s("OPEN"))));
        }
        Map<String, AttributeValue> item = new HashMap<>(Map.of("pk", s("HUB#" + hubId), "sk", s("MEETING#" + meetingId),
                "quarterSk", s("Q#" + quarterId + "#MEETING#" + date + "#" + meetingId), "meetingId", s(meetingId), "hubId", s(hubId),
                "date", s(date.toString()), "type", s("LOCAL_PARTNERSHIP"), "title", s("Local children's partnership"),
                "chairs", AttributeValue.fromL(List.of(s("Attendee 0"))), "attendees", AttributeValue.fromL(attendees)));
        item.put("apologies", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("name", s("Apologising member"),
                "organisation", s("District council"), "sector", s("DISTRICT_COUNCIL"))))));
        item.put("decisions", AttributeValue.fromL(List.of(s("Agreed the quarter's priorities for early help"),
                s("Agreed to fund the holiday activity programme from the hub budget"))));
        item.put("actions", AttributeValue.fromL(actions));
        item.put("costPence", n(2500));
        item.put("createdAt", s(date + "T19:00:00Z"));
        item.put("createdBy", s(STAFF_SUBJECT));
        item.put("updatedAt", s(date + "T19:00:00Z"));
        item.put("updatedBy", s(STAFF_SUBJECT));
        item.put("version", n(1));
        return item;
    }

    private static double timeBareQueries(DynamoDbClient dynamoDb, String table, long itemsInQuarter, BareRead what) {
        long started = System.nanoTime();
        long read = bareQueries(dynamoDb, table, what);
        double millis = (System.nanoTime() - started) / 1e6;
        if (read != itemsInQuarter) {
            throw new IllegalStateException("The bare Query read " + read + " items of " + itemsInQuarter);
        }
        return millis;
    }

    private static long[] rounded(double[] millis) {
        return java.util.Arrays.stream(millis).mapToLong(Math::round).toArray();
    }

    /**
     * The same items, read with a bare paginated Query per hub, eight hubs at a time, doing the same sums: whole items,
     * only the attributes the rollup asks for, or those and every other item the rollup reads (see {@link BareRead}).
     * Returns how many items of the quarter were read.
     */
    private static long bareQueries(DynamoDbClient dynamoDb, String table, BareRead what) {
        boolean everyRead = what == BareRead.EVERY_ROLLUP_READ;
        List<String> hubIds = everyRead ? listHubs(dynamoDb, table) : java.util.stream.IntStream.range(0, HUBS).mapToObj(h -> "hub-" + h).toList();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_HUBS);
        try {
            List<Future<Long>> hubs = new ArrayList<>();
            for (String hubId : hubIds) {
                String pk = "HUB#" + hubId;
                hubs.add(pool.submit(() -> {
                    if (everyRead) {
                        SUMS.add(dynamoDb.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of("pk", s(pk), "sk", s("IMPORT_LEDGER"))))
                                .item().size());
                    }
                    long[] read = {0};
                    long[] minutes = {0};
                    Set<String> volunteers = new HashSet<>();
                    Map<String, Integer> sectors = new HashMap<>();
                    QueryRequest.Builder query = QueryRequest.builder().tableName(table).indexName("byQuarter").consistentRead(true)
                            .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                            .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s("Q#" + QUARTER.id() + "#")));
                    QueryRequest request = (what == BareRead.WHOLE_ITEMS ? query : QuarterRecordsReader.withFigureAttributesOnly(query)).build();
                    dynamoDb.queryPaginator(request).forEach(page -> {
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
                    if (everyRead) {
                        dynamoDb.queryPaginator(q -> q.tableName(table).consistentRead(true).keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                                .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s("AGREEMENT#"))))
                                .items().forEach(agreement -> SUMS.add(agreement.get("measures").l().size()));
                        dynamoDb.queryPaginator(q -> q.tableName(table).consistentRead(true).keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                                .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s("VOLREFS#"), ":to", s("VOLREFS#" + QUARTER.id()))))
                                .items().forEach(refs -> SUMS.add(refs.containsKey("refs") ? refs.get("refs").ss().size() : 0));
                    }
                    return read[0];
                }));
            }
            long read = 0;
            for (Future<Long> hub : hubs) {
                read += hub.get();
            }
            if (everyRead) {
                SUMS.add(dynamoDb.getItem(r -> r.tableName(table).consistentRead(true)
                        .key(Map.of("pk", s("RETURNS"), "sk", s("COUNTY#" + QUARTER.previous().id())))).item().size());
            }
            return read;
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("The bare Query failed", e);
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> listHubs(DynamoDbClient dynamoDb, String table) {
        List<String> hubIds = new ArrayList<>();
        dynamoDb.queryPaginator(q -> q.tableName(table).consistentRead(true).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s("HUBS")))).items().forEach(hub -> hubIds.add(hub.get("hubId").s()));
        return hubIds;
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

    private static String table(List<Result> results, Path data) {
        StringBuilder out = new StringBuilder("Rollup scale: one quarter across 20 hubs (a meeting per 100 entries, each hub's agreement and "
                + "actuals; a tenth as many entries in the quarter before), records shaped as the API stores them, JVM capped at -Xmx1g, "
                + "DynamoDB Local's data in " + data + "; after " + WARM_UP_PASSES + (WARM_UP_PASSES == 1 ? " untimed pass" : " untimed passes") + ", medians of " + RUNS
                + " runs, the four alternated, their order rotated each run. After each timed rollup, the nightly function's next step is "
                + "timed apart: rendering and keeping the county's PDF summary and each hub's.\n\n");
        out.append("| Entries in the quarter | Items in the quarter | Items the rollup read | Rollup (ms) | Bare Query + sums (ms) | Ratio | "
                + "Bare Query of the rollup's attributes + sums (ms) | Ratio to it | Bare reads of every item the rollup reads + sums (ms) | "
                + "Ratio to them | Rollup ms per 1,000 items | Then the " + (HUBS + 1) + " PDF summaries kept (ms) |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %.0f | %.0f | %.2f× | %.0f | %.2f× | %.0f | %.2f× | %.1f | %.0f |%n", r.entries(),
                    r.itemsInQuarter(), r.itemsRead(), r.rollupMs(), r.bareMs(), r.rollupMs() / r.bareMs(), r.bareProjectedMs(),
                    r.rollupMs() / r.bareProjectedMs(), r.bareEveryReadMs(), r.rollupMs() / r.bareEveryReadMs(),
                    r.rollupMs() / (r.itemsInQuarter() / 1000.0), r.summariesMs()));
        }
        return out.toString();
    }
}
