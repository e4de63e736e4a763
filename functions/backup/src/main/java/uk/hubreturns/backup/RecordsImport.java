package uk.hubreturns.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import uk.hubreturns.common.dynamodb.BatchWriter;
import uk.hubreturns.common.dynamodb.RetryBackoff;
import uk.hubreturns.common.dynamodb.RetryModule;

/**
 * Restores an export folder ({@link RecordsExport}) into a table that has no hubs. The whole folder is checked
 * first (the manifest, every line, each record once and shaped as the application writes its kind
 * ({@link RecordShapes}), the count of items) and nothing is written if any of it is wrong. The hubs are written
 * last: until they are, the table still counts as empty, so an import that stops part-way (a lost connection,
 * throttling that outlasted the retries) is finished by running the same import again, which writes the same items
 * again. While it is unfinished, an item outside every partition the records use ({@code pk = RESTORE}, never
 * exported) names the export being written, so that another export is refused rather than mixed with what is
 * already there.
 */
public final class RecordsImport {

    /** Items handed to the batch writer at a time; progress is reported after each. */
    static final int WRITE_CHUNK = 500;
    static final String RESTORE = "RESTORE";
    static final String UNFINISHED = "UNFINISHED";
    private static final int PROBLEMS_SHOWN = 20;

    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final BatchWriter writer;
    private final ObjectMapper json = new ObjectMapper();

    public RecordsImport(DynamoDbClient dynamoDb, String tableName, BatchWriter writer) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.writer = writer;
    }

    /** Writing with real waits between retries, with jitter, as the volunteer import does. */
    public static RecordsImport withRetries(DynamoDbClient dynamoDb, String tableName) {
        return new RecordsImport(dynamoDb, tableName,
                new BatchWriter(dynamoDb, new RetryBackoff(RetryModule.sleeper(), RetryModule.random())));
    }

    /** Returns the number of items written; {@code progress} hears the count so far after each chunk. */
    public long importFrom(Path folder, Consumer<Long> progress) {
        ExportManifest manifest = check(folder);
        if (hasHubs()) {
            throw new RestoreRefusedException(List.of("The table " + tableName + " already has hubs. An import restores into an"
                    + " empty table only, so that it can never mix two sets of records; import into a new table."));
        }
        String export = fingerprint(folder);
        String unfinished = unfinishedImport();
        if (unfinished != null && !unfinished.equals(export)) {
            throw new RestoreRefusedException(List.of("The table " + tableName + " holds part of an import of another export that"
                    + " did not finish. Finish that one by importing the same folder again, or import this one into a new table."));
        }
        if (unfinished == null) {
            dynamoDb.putItem(request -> request.tableName(tableName).item(Map.of("pk", AttributeValue.fromS(RESTORE),
                    "sk", AttributeValue.fromS(UNFINISHED), "export", AttributeValue.fromS(export))));
        }
        List<Map<String, AttributeValue>> hubs = new ArrayList<>();
        List<WriteRequest> chunk = new ArrayList<>(WRITE_CHUNK);
        long written = 0;
        try (BufferedReader lines = records(folder)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, AttributeValue> item = DynamoDbJson.item(json.readTree(line).get("Item"), "Item");
                if (item.get("pk").s().equals("HUBS")) {
                    hubs.add(item);
                    continue;
                }
                chunk.add(put(item));
                if (chunk.size() == WRITE_CHUNK) {
                    written += flush(chunk, progress, written);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder.resolve(ExportFolder.RECORDS_JSONL), e);
        }
        written += flush(chunk, progress, written);
        hubs.forEach(hub -> chunk.add(put(hub)));
        written += flush(chunk, progress, written);
        if (written != manifest.items()) {
            throw new IllegalStateException("Wrote " + written + " items where the manifest says " + manifest.items());
        }
        dynamoDb.deleteItem(request -> request.tableName(tableName)
                .key(Map.of("pk", AttributeValue.fromS(RESTORE), "sk", AttributeValue.fromS(UNFINISHED))));
        return written;
    }

    /** The export an unfinished import into this table was writing, or null. */
    private String unfinishedImport() {
        Map<String, AttributeValue> item = dynamoDb.getItem(request -> request.tableName(tableName).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(RESTORE), "sk", AttributeValue.fromS(UNFINISHED)))).item();
        return item == null || item.isEmpty() ? null : item.get("export").s();
    }

    /** SHA-256 of the records file: the same export, byte for byte. */
    private static String fingerprint(Path folder) {
        try (InputStream in = Files.newInputStream(folder.resolve(ExportFolder.RECORDS_JSONL))) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder.resolve(ExportFolder.RECORDS_JSONL), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private long flush(List<WriteRequest> chunk, Consumer<Long> progress, long before) {
        if (chunk.isEmpty()) {
            return 0;
        }
        writer.write(tableName, chunk);
        int size = chunk.size();
        chunk.clear();
        progress.accept(before + size);
        return size;
    }

    private static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
    }

    private boolean hasHubs() {
        return !dynamoDb.query(request -> request.tableName(tableName).consistentRead(true).limit(1)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUBS"))))
                .items().isEmpty();
    }

    /** Reads the whole folder without writing anything; every problem found is in the exception. */
    ExportManifest check(Path folder) {
        List<String> problems = new ArrayList<>();
        ExportManifest manifest = manifest(folder, problems);
        if (!Files.isRegularFile(folder.resolve(ExportFolder.RECORDS_JSONL))) {
            problems.add(folder.resolve(ExportFolder.RECORDS_JSONL) + " is missing.");
            throw new RestoreRefusedException(problems);
        }
        long items = 0;
        long lineNumber = 0;
        int more = 0;
        Map<String, Long> lineOfKey = new HashMap<>();
        try (BufferedReader lines = records(folder)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                items++;
                String problem = problemWith(line, lineNumber, lineOfKey);
                if (problem != null) {
                    if (problems.size() < PROBLEMS_SHOWN) {
                        problems.add(ExportFolder.RECORDS_JSONL + " line " + lineNumber + ": " + problem);
                    } else {
                        more++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + folder.resolve(ExportFolder.RECORDS_JSONL), e);
        }
        if (more > 0) {
            problems.add("… and " + more + " more lines with problems.");
        }
        if (manifest != null && manifest.items() != items) {
            problems.add(ExportFolder.RECORDS_JSONL + " has " + items + " items but " + ExportFolder.MANIFEST + " says "
                    + manifest.items() + ": the export is incomplete or was changed.");
        }
        if (!problems.isEmpty()) {
            throw new RestoreRefusedException(problems);
        }
        return manifest;
    }

    private ExportManifest manifest(Path folder, List<String> problems) {
        Path file = folder.resolve(ExportFolder.MANIFEST);
        if (!Files.isRegularFile(file)) {
            problems.add(file + " is missing: is " + folder + " a folder written by export?");
            return null;
        }
        try {
            ExportManifest manifest = json.readValue(file.toFile(), ExportManifest.class);
            if (!ExportManifest.FORMAT.equals(manifest.format())) {
                problems.add(ExportFolder.MANIFEST + " names the format \"" + manifest.format() + "\"; this import reads \""
                        + ExportManifest.FORMAT + "\".");
            }
            return manifest;
        } catch (JsonProcessingException e) {
            problems.add(ExportFolder.MANIFEST + " is not a manifest this import can read: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /** What is wrong with one line, or null; {@code lineOfKey} remembers each key's line, so a second copy is named. */
    private String problemWith(String line, long lineNumber, Map<String, Long> lineOfKey) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return "not JSON (" + e.getOriginalMessage() + ")";
        }
        Map<String, AttributeValue> item;
        try {
            item = DynamoDbJson.item(node.get("Item"), "Item");
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        AttributeValue pk = item.get("pk");
        AttributeValue sk = item.get("sk");
        if (pk == null || pk.s() == null || pk.s().isEmpty() || sk == null || sk.s() == null || sk.s().isEmpty()) {
            return "the item needs the text keys pk and sk";
        }
        String partition = pk.s();
        if (!partition.equals("HUBS") && !partition.equals("RETURNS") && !partition.startsWith("HUB#") && !partition.startsWith("AUDIT#")) {
            return "pk \"" + partition + "\" is not a partition of Hub Returns (HUBS, HUB#…, RETURNS, AUDIT#…)";
        }
        String shapeProblem = RecordShapes.problemWith(item);
        if (shapeProblem != null) {
            return shapeProblem;
        }
        Long earlier = lineOfKey.putIfAbsent(partition + "\u0000" + sk.s(), lineNumber);
        if (earlier != null) {
            return "the same record (pk \"" + partition + "\", sk \"" + sk.s() + "\") as line " + earlier
                    + ": an export holds each record once, so this one was changed";
        }
        return null;
    }

    private static BufferedReader records(Path folder) throws IOException {
        return Files.newBufferedReader(folder.resolve(ExportFolder.RECORDS_JSONL), StandardCharsets.UTF_8);
    }
}
