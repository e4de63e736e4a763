package uk.hubreturns.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.hubreturns.agreements.AgreementKeys;
import uk.hubreturns.common.csv.CsvCells;
import uk.hubreturns.common.dynamodb.QuarterSortKeys;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.ledger.DynamoDbAuditLog;
import uk.hubreturns.common.time.Quarter;

/**
 * Writes the records of the table, all of them or one quarter's, into a folder as {@value ExportFolder#RECORDS_JSONL}
 * (one item per line in DynamoDB JSON, what {@link RecordsImport} restores), {@value ExportFolder#RECORDS_CSV} (the
 * same items, one column per attribute, for a spreadsheet) and {@value ExportFolder#MANIFEST} (what was exported and
 * how many items, which the import checks). Every read is a Query or a GetItem on a partition the README's access
 * patterns name, starting from the list of hubs; nothing scans the table.
 *
 * <p>All of it: the hubs, every item of each hub's partition and audit log, the returns and sign-offs, the county
 * audit log. Idempotency keys (kept for a day, to answer a retried request) are not records and are left out.
 *
 * <p>One quarter: the hubs, each hub's records dated in the quarter (meetings, volunteer hours, actuals), its
 * agreements, its import ledger (which says which imported hours count) and the volunteers active in it and
 * before (for new and retained volunteers), the hub and county returns of the quarter and its sign-off, and the
 * previous quarter's county return (the benchmarks' changes since then): enough for
 * a rollup of that quarter on a table restored from it alone to give the same returns.
 */
public final class RecordsExport {

    /** Called every {@value #PROGRESS_EVERY} items and at the end with the count so far. */
    public static final int PROGRESS_EVERY = 1_000;

    private static final String HUBS = "HUBS";
    private static final String RETURNS = "RETURNS";

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final ObjectMapper json;
    private final Clock clock;

    public RecordsExport(DynamoDbClient dynamoDb, String tableName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.json = new ObjectMapper();
        this.clock = clock;
    }

    public ExportManifest export(Optional<Quarter> quarter, Path folder, Consumer<Long> progress) {
        try {
            Files.createDirectories(folder);
            Set<String> columns = new TreeSet<>();
            long items;
            try (ItemWriter writer = new ItemWriter(Files.newBufferedWriter(folder.resolve(ExportFolder.RECORDS_JSONL), StandardCharsets.UTF_8),
                    columns, progress)) {
                if (quarter.isPresent()) {
                    writeQuarter(quarter.get(), writer);
                } else {
                    writeEverything(writer);
                }
                items = writer.count;
            }
            progress.accept(items);
            writeCsv(folder, columns);
            ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, quarter.map(Quarter::id).orElse(null), items,
                    clock.instant().toString());
            json.writerWithDefaultPrettyPrinter().writeValue(folder.resolve(ExportFolder.MANIFEST).toFile(), manifest);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export into " + folder.toAbsolutePath(), e);
        }
    }

    private void writeEverything(ItemWriter writer) throws IOException {
        List<String> hubIds = writeHubs(writer);
        for (String hubId : hubIds) {
            query(partition(HubKeys.recordsPartition(hubId)), writer::write);
            query(partition(DynamoDbAuditLog.partitionKey(hubId)), writer::write);
        }
        query(partition(RETURNS), writer::write);
        query(partition(DynamoDbAuditLog.partitionKey(null)), writer::write);
    }

    private void writeQuarter(Quarter quarter, ItemWriter writer) throws IOException {
        List<String> hubIds = writeHubs(writer);
        for (String hubId : hubIds) {
            String hub = HubKeys.recordsPartition(hubId);
            Set<String> written = new HashSet<>();
            Consumer<Map<String, AttributeValue>> once = item -> {
                if (written.add(item.get("sk").s())) {
                    writer.write(item);
                }
            };
            query(QueryRequest.builder().tableName(tableName).indexName("byQuarter").consistentRead(true)
                    .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                    .expressionAttributeValues(Map.of(":pk", text(hub), ":prefix", text(QuarterSortKeys.quarterPrefix(quarter.id()))))
                    .build(), once);
            query(beginsWith(hub, AgreementKeys.AGREEMENT_PREFIX), once);
            query(QueryRequest.builder().tableName(tableName).consistentRead(true)
                    .keyConditionExpression("pk = :pk AND sk BETWEEN :from AND :to")
                    .expressionAttributeValues(Map.of(":pk", text(hub), ":from", text("VOLREFS#"), ":to", text("VOLREFS#" + quarter.id())))
                    .build(), once);
            get(hub, "IMPORT_LEDGER").ifPresent(once);
            get(hub, "RETURN#" + quarter.id()).ifPresent(once);
        }
        get(RETURNS, "COUNTY#" + quarter.previous().id()).ifPresent(writer::write);
        get(RETURNS, "COUNTY#" + quarter.id()).ifPresent(writer::write);
        get(RETURNS, "SIGNOFF#" + quarter.id()).ifPresent(writer::write);
    }

    private List<String> writeHubs(ItemWriter writer) {
        List<String> hubIds = new ArrayList<>();
        query(partition(HUBS), item -> {
            hubIds.add(item.get("sk").s().substring("HUB#".length()));
            writer.write(item);
        });
        return hubIds;
    }

    private QueryRequest partition(String pk) {
        return QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", text(pk))).build();
    }

    private QueryRequest beginsWith(String pk, String prefix) {
        return QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", text(pk), ":prefix", text(prefix))).build();
    }

    private void query(QueryRequest query, Consumer<Map<String, AttributeValue>> each) {
        dynamoDb.queryPaginator(query).items().forEach(each);
    }

    private Optional<Map<String, AttributeValue>> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName).consistentRead(true)
                .key(Map.of("pk", text(pk), "sk", text(sk)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private static AttributeValue text(String value) {
        return AttributeValue.fromS(value);
    }

    // The CSV's columns are every attribute any item has, so the JSON Lines file is read back to write it
    // rather than holding the items in memory.
    private void writeCsv(Path folder, Set<String> attributeNames) throws IOException {
        List<String> columns = new ArrayList<>(List.of("pk", "sk"));
        attributeNames.stream().filter(name -> !name.equals("pk") && !name.equals("sk")).forEach(columns::add);
        try (BufferedReader lines = Files.newBufferedReader(folder.resolve(ExportFolder.RECORDS_JSONL), StandardCharsets.UTF_8);
             BufferedWriter csv = Files.newBufferedWriter(folder.resolve(ExportFolder.RECORDS_CSV), StandardCharsets.UTF_8)) {
            csv.write('\uFEFF');
            row(csv, columns);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Map<String, AttributeValue> item = DynamoDbJson.item(json.readTree(line).get("Item"), "Item");
                List<String> cells = new ArrayList<>(columns.size());
                for (String column : columns) {
                    AttributeValue value = item.get(column);
                    cells.add(value == null ? "" : DynamoDbJson.plain(value));
                }
                row(csv, cells);
            }
        }
    }

    private static void row(BufferedWriter csv, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(CsvCells.field(cells.get(i)));
        }
        csv.write("\r\n");
    }

    private final class ItemWriter implements AutoCloseable {

        private final BufferedWriter out;
        private final Set<String> columns;
        private final Consumer<Long> progress;
        private long count;

        ItemWriter(BufferedWriter out, Set<String> columns, Consumer<Long> progress) {
            this.out = out;
            this.columns = columns;
            this.progress = progress;
        }

        void write(Map<String, AttributeValue> item) {
            ObjectNode line = json.createObjectNode();
            line.set("Item", DynamoDbJson.typed(item));
            try {
                out.write(json.writeValueAsString(line));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            columns.addAll(item.keySet());
            if (++count % PROGRESS_EVERY == 0) {
                progress.accept(count);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
