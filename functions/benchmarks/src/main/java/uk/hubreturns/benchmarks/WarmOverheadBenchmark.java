package uk.hubreturns.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.devkit.LocalDynamoDbClient;
import uk.hubreturns.devkit.SampleEvents;
import uk.hubreturns.devkit.TemplateTables;
import uk.hubreturns.hubs.CreateHubHandler;
import uk.hubreturns.hubs.GetHubHandler;
import uk.hubreturns.meetings.ListMeetingsHandler;
import uk.hubreturns.meetings.RecordMeetingHandler;
import uk.hubreturns.template.SamTemplate;

/**
 * Warm overhead: a handler invoked in-process many times after warm-up, against raw SDK calls doing the same storage
 * work (the same GetItem, Query, PutItem and TransactWriteItems calls, with items of the same size) on the same DynamoDB Local, in
 * alternation so both see the same machine. The difference of the medians is what Hub Returns adds per request:
 * parsing and checking the event, authorising, validating, mapping and writing the JSON answer. Writes the table to
 * target/benchmarks/warm-overhead.md.
 */
public final class WarmOverheadBenchmark {

    private static final String TABLE = "RecordsTable";

    private record Result(String name, String storageWork, double handlerP50, double handlerP99, double rawP50, double rawP99) {
    }

    /** Arguments: the repository root, this module's target folder, warm-up invocations, measured invocations. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath();
        int warmUp = Integer.parseInt(args[2]);
        int iterations = Integer.parseInt(args[3]);
        List<Result> results;
        // Each invocation still formats its log line, as on Lambda; the lines themselves are not wanted here.
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startInMemory()) {
            new TemplateTables(dynamoDb.client(), SamTemplate.load(root.resolve("template.yaml"))).createMissing();
            Map<String, String> settings = Map.of("TABLE_NAME", TABLE, "DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString(),
                    "AWS_REGION", LocalDynamoDbClient.REGION.id(), "AWS_ACCESS_KEY_ID", LocalDynamoDbClient.ACCESS_KEY_ID,
                    "AWS_SECRET_ACCESS_KEY", LocalDynamoDbClient.SECRET_ACCESS_KEY, "FINANCIAL_YEAR_START_MONTH", "4");
            settings.forEach(System::setProperty);
            DynamoDbClient raw = dynamoDb.client();
            expect(new CreateHubHandler(), SampleEvents.httpApi("create-hub"), 201);
            RecordMeetingHandler record = new RecordMeetingHandler();
            APIGatewayV2HTTPEvent meeting = SampleEvents.httpApi("record-meeting");
            for (int i = 0; i < 25; i++) {
                expect(record, meeting, 201);
            }
            Map<String, AttributeValue> storedMeeting = raw.query(q -> q.tableName(TABLE).limit(1)
                    .keyConditionExpression("pk = :pk AND begins_with(sk, :meeting)")
                    .expressionAttributeValues(Map.of(":pk", s("HUB#banbury"), ":meeting", s("MEETING#")))).items().get(0);
            Map<String, AttributeValue> auditEntry = raw.query(q -> q.tableName(TABLE).limit(1).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s("AUDIT#banbury")))).items().get(0);

            GetHubHandler getHub = new GetHubHandler();
            APIGatewayV2HTTPEvent getHubEvent = SampleEvents.httpApi("get-hub");
            Result get = compare("GetHubFunction", "GetItem", warmUp, iterations,
                    i -> expect(getHub, getHubEvent, 200),
                    i -> raw.getItem(r -> r.tableName(TABLE).consistentRead(true).key(key("HUBS", "HUB#banbury"))));

            ListMeetingsHandler list = new ListMeetingsHandler();
            APIGatewayV2HTTPEvent listEvent = SampleEvents.httpApi("list-meetings");
            listEvent.setQueryStringParameters(Map.of("quarter", "2026-Q1", "limit", "20"));
            Result listed = compare("ListMeetingsFunction", "GetItem + Query (21 items)", warmUp, iterations,
                    i -> expect(list, listEvent, 200),
                    i -> {
                        raw.getItem(r -> r.tableName(TABLE).consistentRead(true).key(key("HUBS", "HUB#banbury")));
                        raw.query(q -> q.tableName(TABLE).indexName("byQuarter").consistentRead(true).scanIndexForward(false).limit(21)
                                .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                                .expressionAttributeValues(Map.of(":pk", s("HUB#banbury"), ":prefix", s("Q#2026-Q1#MEETING#"))));
                    });

            Result recorded = compare("RecordMeetingFunction", "GetItem + TransactWriteItems (PutItem, ConditionCheck) + PutItem", warmUp,
                    iterations,
                    i -> expect(record, meeting, 201),
                    i -> {
                        raw.getItem(r -> r.tableName(TABLE).consistentRead(true).key(key("HUBS", "HUB#banbury")));
                        String id = UUID.randomUUID().toString();
                        Map<String, AttributeValue> item = new HashMap<>(storedMeeting);
                        item.put("sk", s("MEETING#" + id));
                        raw.transactWriteItems(r -> r.transactItems(
                                TransactWriteItem.builder().put(p -> p.tableName(TABLE).item(item).conditionExpression("attribute_not_exists(pk)")).build(),
                                TransactWriteItem.builder().conditionCheck(c -> c.tableName(TABLE).key(key("RETURNS", "SIGNOFF#2026-Q1"))
                                        .conditionExpression("attribute_not_exists(#status) OR #status <> :final")
                                        .expressionAttributeNames(Map.of("#status", "status"))
                                        .expressionAttributeValues(Map.of(":final", s("FINAL")))).build()));
                        Map<String, AttributeValue> audit = new HashMap<>(auditEntry);
                        audit.put("sk", s(auditEntry.get("sk").s() + id));
                        raw.putItem(r -> r.tableName(TABLE).item(audit));
                    });
            results = List.of(get, listed, recorded);
        } finally {
            System.setErr(stderr);
        }
        String table = table(results, warmUp, iterations);
        System.out.println(table);
        Files.createDirectories(target.resolve("benchmarks"));
        Files.writeString(target.resolve("benchmarks/warm-overhead.md"), table);
        System.exit(0); // DynamoDB Local leaves threads behind
    }

    private static Result compare(String name, String storageWork, int warmUp, int iterations, IntConsumer handler, IntConsumer raw) {
        Progress progress = new Progress("Warm overhead, " + name, warmUp + iterations, "pairs of calls (handler, raw SDK)");
        for (int i = 0; i < warmUp; i++) {
            handler.accept(i);
            raw.accept(i);
            progress.stepDone();
        }
        long[] handlerNanos = new long[iterations];
        long[] rawNanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            handler.accept(i);
            long between = System.nanoTime();
            raw.accept(i);
            rawNanos[i] = System.nanoTime() - between;
            handlerNanos[i] = between - started;
            progress.stepDone();
        }
        return new Result(name, storageWork, percentile(handlerNanos, 50), percentile(handlerNanos, 99), percentile(rawNanos, 50),
                percentile(rawNanos, 99));
    }

    private static double percentile(long[] nanos, double percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percent / 100 * sorted.length) - 1)] / 1e6;
    }

    private static void expect(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, APIGatewayV2HTTPEvent event,
                               int status) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        if (response.getStatusCode() != status) {
            throw new IllegalStateException(handler.getClass().getSimpleName() + " answered " + response.getStatusCode() + ": "
                    + response.getBody());
        }
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of("pk", s(pk), "sk", s(sk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static String table(List<Result> results, int warmUp, int iterations) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Warm overhead: %,d invocations each after %,d to warm up, handler and raw SDK calls in alternation.%n%n", iterations, warmUp));
        out.append("| Function | Storage work | Handler p50 (ms) | Raw SDK p50 (ms) | Overhead p50 (ms) | Ratio p50 | Handler p99 (ms) | Raw SDK p99 (ms) |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.2f× | %.3f | %.3f |%n", r.name(), r.storageWork(),
                    r.handlerP50(), r.rawP50(), r.handlerP50() - r.rawP50(), r.handlerP50() / r.rawP50(), r.handlerP99(), r.rawP99()));
        }
        return out.toString();
    }
}
