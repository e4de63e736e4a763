package uk.hubreturns.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.dynamodb.BatchWriter;
import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import uk.hubreturns.common.dynamodb.RetryBackoff;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.DynamoDbFaults;
import uk.hubreturns.devkit.DynamoDbFaults.Fault;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.LocalDynamoDbClient;

class RecordsBackupIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final String AT = "2026-07-01T09:00:00Z";
    private static final List<String> PARTITIONS = List.of("HUBS", "HUB#north", "HUB#south", "AUDIT#north", "AUDIT#COUNTY", "RETURNS");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient dynamoDb = DynamoDbForTests.client();
    private final BatchWriter writer = new BatchWriter(dynamoDb, new RetryBackoff(duration -> { }, new SplittableRandom(1)));
    private String source;

    @TempDir
    Path folder;

    @BeforeEach
    void aTableWithEveryKindOfRecord() {
        source = DynamoDbForTests.createRecordsTable();
        put("HUBS", "HUB#north", hub("north", "North Hub", "300000"));
        put("HUBS", "HUB#south", hub("south", "South Hub", "250000"));
        put("HUB#north", "MEETING#m1", meeting("north", "m1", "2026-05-14"));
        put("HUB#north", "VOLUNTEER#v1", Map.of("quarterSk", s("Q#2026-Q2#VOLUNTEER#2026-07-01#v1"), "entryId", s("v1"),
                "hubId", s("north"), "volunteerRef", s("V-1"), "date", s("2026-07-01"), "minutes", n("90"), "activity", s("ADMIN"),
                "createdAt", s(AT), "createdBy", s("staff"), "version", n("1")));
        put("HUB#north", "ACTUALS#a1#2026-Q1", Map.of("quarterSk", s("Q#2026-Q1#ACTUALS#a1"), "agreementId", s("a1"), "hubId", s("north"),
                "quarter", s("2026-Q1"), "values", AttributeValue.fromM(Map.of("m", s("3"))), "updatedAt", s(AT), "version", n("1")));
        put("HUB#north", "AGREEMENT#a1", Map.of("agreementId", s("a1"), "hubId", s("north"), "title", s("Family support, \"core\""),
                "startDate", s("2026-04-01"), "endDate", s("2027-03-31"), "measures", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "measureId", s("m"), "name", s("Families"), "target", s("10"), "direction", s("AT_LEAST"),
                        "amberTolerancePercent", s("10"))))),
                "createdAt", s(AT), "updatedAt", s(AT), "version", n("1")));
        put("HUB#north", "IMPORT_LEDGER", Map.of("lastImportSeq", n("2")));
        put("HUB#north", "IMPORT#abc", Map.of("importId", s("abc"), "hubId", s("north"), "status", s("COMPLETE"), "rowCount", n("40"),
                "importSeq", n("2"), "startedAt", s(AT), "completedAt", s(AT), "quarters", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of(
                        "quarter", s("2026-Q2"), "totalMinutes", n("2400"), "distinctVolunteers", n("12")))))));
        put("HUB#north", "VOLREFS#2025-Q4", Map.of("refs", AttributeValue.fromSs(List.of("V-1", "V-2"))));
        put("HUB#north", "VOLREFS#2026-Q1", Map.of("refs", AttributeValue.fromSs(List.of("V-2"))));
        put("HUB#north", "VOLREFS#2026-Q2", Map.of("refs", AttributeValue.fromSs(List.of("V-3"))));
        put("HUB#north", "RETURN#2026-Q1", Map.of("quarter", s("2026-Q1"), "body", s("{}")));
        put("HUB#north", "RETURN#2026-Q2", Map.of("quarter", s("2026-Q2"), "body", s("{}")));
        put("HUB#south", "MEETING#m2", meeting("south", "m2", "2026-06-30"));
        put("AUDIT#north", "2026-05-14T10:00:00.000000000Z#r1", Map.of("at", s("2026-05-14T10:00:00Z"), "route", s("POST /hubs/{hubId}/meetings"),
                "status", n("201"), "hubId", s("north")));
        put("AUDIT#COUNTY", "2026-04-01T10:00:00.000000000Z#r0", Map.of("at", s("2026-04-01T10:00:00Z"), "route", s("POST /hubs"), "status", n("201")));
        put("RETURNS", "COUNTY#2026-Q1", Map.of("quarter", s("2026-Q1"), "body", s("{}")));
        put("RETURNS", "SIGNOFF#2026-Q1", Map.of("status", s("FINAL"), "signedOffBy", s("county-admin"), "signedOffAt", s(AT)));
        put("RETURNS", "COUNTY#2026-Q2", Map.of("quarter", s("2026-Q2"), "body", s("{}")));
        put("IDEMPOTENCY#0123", "IDEMPOTENCY", Map.of("expiresAt", n("1790000000")));
    }

    @Test
    void everythingExportedAndImportedIntoAnEmptyTableIsTheSameRecordsItemForItem() {
        ExportManifest manifest = new RecordsExport(dynamoDb, source, CLOCK).export(Optional.empty(), folder, count -> { });
        String restored = DynamoDbForTests.createRecordsTable();

        long written = new RecordsImport(dynamoDb, restored, writer).importFrom(folder, count -> { });

        assertThat(manifest.items()).isEqualTo(19).isEqualTo(written);
        assertThat(manifest.quarter()).isNull();
        for (String partition : PARTITIONS) {
            assertThat(items(restored, partition)).as(partition).isEqualTo(items(source, partition)).isNotEmpty();
        }
        assertThat(items(restored, "IDEMPOTENCY#0123")).as("a day's replay records are not records").isEmpty();
    }

    @Test
    void aQuarterHoldsItsDatedRecordsAndWhatItsRollupNeedsAndNothingElse() throws IOException {
        ExportManifest manifest = new RecordsExport(dynamoDb, source, CLOCK)
                .export(Quarter.parse("2026-Q1"), folder, count -> { });

        assertThat(manifest.quarter()).isEqualTo("2026-Q1");
        assertThat(keysIn(folder)).containsExactlyInAnyOrder(
                "HUBS HUB#north", "HUBS HUB#south",
                "HUB#north MEETING#m1", "HUB#north ACTUALS#a1#2026-Q1", "HUB#north AGREEMENT#a1", "HUB#north IMPORT_LEDGER",
                "HUB#north VOLREFS#2025-Q4", "HUB#north VOLREFS#2026-Q1", "HUB#north RETURN#2026-Q1",
                "HUB#south MEETING#m2",
                "RETURNS COUNTY#2026-Q1", "RETURNS SIGNOFF#2026-Q1");
    }

    @Test
    void theCsvHasAColumnForEveryAttributeAndARowForEveryItem() throws IOException {
        new RecordsExport(dynamoDb, source, CLOCK).export(Optional.empty(), folder, count -> { });

        List<String> rows = List.of(Files.readString(folder.resolve(ExportFolder.RECORDS_CSV), StandardCharsets.UTF_8)
                .substring(1).split("\r\n"));
        assertThat(rows).hasSize(1 + 19);
        List<String> header = List.of(rows.get(0).split(","));
        assertThat(header.subList(0, 2)).containsExactly("pk", "sk");
        assertThat(header).contains("quarterSk", "costPence", "refs", "title", "attendees");
        assertThat(rows).filteredOn(row -> row.startsWith("HUB#north,AGREEMENT#a1,")).singleElement()
                .satisfies(row -> assertThat(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)[header.indexOf("title")])
                        .isEqualTo("\"Family support, \"\"core\"\"\""));
    }

    @Test
    void aTableThatHasHubsIsRefusedAndKeepsItsRecords() {
        new RecordsExport(dynamoDb, source, CLOCK).export(Optional.empty(), folder, count -> { });
        put("HUB#north", "MEETING#m1", Map.of("quarterSk", s("Q#2026-Q1#MEETING#2026-05-14#m1"), "costPence", n("99")));

        RestoreRefusedException refused = catchThrowableOfType(RestoreRefusedException.class,
                () -> new RecordsImport(dynamoDb, source, writer).importFrom(folder, count -> { }));

        assertThat(refused.problems()).singleElement().asString().contains("already has hubs");
        assertThat(items(source, "HUB#north")).anySatisfy(item -> assertThat(item).containsEntry("costPence", n("99")));
    }

    @Test
    void aDamagedExportNamesEveryBadLineAndWritesNothing() throws IOException {
        List<String> lines = exportedLines();
        lines.set(2, "{\"Item\": {\"pk\": {\"S\": \"HUB#north\"}, \"sk\": {\"S\": \"MEETING#m1\"}, \"costPence\": 4500}}");
        lines.set(4, "not json at all");
        lines.set(6, "{\"Item\": {\"pk\": {\"S\": \"IDEMPOTENCY#1\"}, \"sk\": {\"S\": \"IDEMPOTENCY\"}}}");

        List<String> problems = problemsRestoring(lines);

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("records.jsonl line 3: Item.costPence must be one typed value");
        assertThat(problems.get(1)).startsWith("records.jsonl line 5: not JSON");
        assertThat(problems.get(2)).startsWith("records.jsonl line 7: pk \"IDEMPOTENCY#1\" is not a partition");
    }

    @Test
    void anExportChangedByHandSoThatTheApiCouldNotReadARecordIsRefusedNamingTheLineAndTheAttribute() throws IOException {
        List<String> lines = exportedLines();
        int meeting = change(lines, "HUB#north", "MEETING#m1", item -> item.putObject("costPence").put("S", "45.00"));
        int entry = change(lines, "HUB#north", "VOLUNTEER#v1", item -> item.putObject("minutes").putObject("M"));
        int agreement = change(lines, "HUB#north", "AGREEMENT#a1",
                item -> ((ObjectNode) item.at("/measures/L/0/M")).putObject("direction").put("S", "SIDEWAYS"));
        int otherMeeting = change(lines, "HUB#south", "MEETING#m2", item -> item.putObject("date").put("S", "30/06/2026"));
        int hub = change(lines, "HUBS", "HUB#south", item -> item.putObject("colour").put("S", "green"));
        int signOff = change(lines, "RETURNS", "SIGNOFF#2026-Q1", item -> item.remove("status"));

        List<String> problems = problemsRestoring(lines);

        assertThat(problems).containsExactlyInAnyOrder(
                "records.jsonl line " + meeting + ": a meeting's costPence must be a whole number (N), not text (S)",
                "records.jsonl line " + entry + ": a volunteer entry's minutes must be a whole number (N) of at most 2147483647, not a map (M)",
                "records.jsonl line " + agreement + ": an agreement's measures[0].direction must be one of AT_LEAST, AT_MOST",
                "records.jsonl line " + otherMeeting + ": a meeting's date must be a date (YYYY-MM-DD)",
                "records.jsonl line " + hub + ": a hub has no attribute colour",
                "records.jsonl line " + signOff + ": a quarter's sign-off needs the attribute status");
        assertThat(String.join("\n", problems)).as("values are not quoted: they may be names").doesNotContain("SIDEWAYS", "green");
    }

    @Test
    void anExportChangedByHandSoThatARecordsKeysNoLongerFollowFromItsValuesIsRefused() throws IOException {
        List<String> lines = exportedLines();
        // Moved to July by its date alone: the rollup would still count it in 2026-Q1, where the quarter's list shows it.
        int meeting = change(lines, "HUB#north", "MEETING#m1", item -> item.putObject("date").put("S", "2026-07-14"));
        int entry = change(lines, "HUB#north", "VOLUNTEER#v1", item -> item.putObject("hubId").put("S", "south"));
        int actuals = change(lines, "HUB#north", "ACTUALS#a1#2026-Q1", item -> item.putObject("quarter").put("S", "2026-Q2"));
        int hub = change(lines, "HUBS", "HUB#south", item -> item.putObject("hubId").put("S", "east"));
        int agreement = change(lines, "HUB#north", "AGREEMENT#a1", item -> item.putObject("agreementId").put("S", "a2"));
        int hubReturn = change(lines, "HUB#north", "RETURN#2026-Q1", item -> item.putObject("quarter").put("S", "2026-Q3"));

        List<String> problems = problemsRestoring(lines);

        assertThat(problems).containsExactlyInAnyOrder(
                "records.jsonl line " + meeting + ": a meeting's quarterSk must be Q#, a quarter, #MEETING#, its date, # and its meetingId",
                "records.jsonl line " + entry + ": a volunteer entry's hubId must be the hub its pk names",
                "records.jsonl line " + actuals + ": an agreement's actuals's sk must be ACTUALS#, its agreementId, # and its quarter",
                "records.jsonl line " + hub + ": a hub's sk must be HUB# and its hubId",
                "records.jsonl line " + agreement + ": an agreement's sk must be AGREEMENT# and its agreementId",
                "records.jsonl line " + hubReturn + ": a hub's return's sk must be RETURN# and its quarter");
    }

    @Test
    void aRecordWithoutAValueTheApiNeedsToReadItOrThatDynamoDbWouldRefuseIsRefusedBeforeAnythingIsWritten() throws IOException {
        List<String> lines = exportedLines();
        int meeting = change(lines, "HUB#north", "MEETING#m1", item -> item.remove("costPence"));
        int otherMeeting = change(lines, "HUB#south", "MEETING#m2", item -> item.putObject("costPence").put("N", "45.5"));
        int hub = change(lines, "HUBS", "HUB#north", item -> item.putObject("annualBudgetPence").put("NULL", true));
        int theImport = change(lines, "HUB#north", "IMPORT#abc", item -> ((ObjectNode) item.at("/quarters/L/0/M")).remove("distinctVolunteers"));
        int audit = change(lines, "AUDIT#north", "2026-05-14T10:00:00.000000000Z#r1", item -> item.remove("status"));
        int refs = change(lines, "HUB#north", "VOLREFS#2025-Q4", item -> item.putObject("refs").putArray("SS").add("V-1").add("V-1"));

        List<String> problems = problemsRestoring(lines);

        assertThat(problems).containsExactlyInAnyOrder(
                "records.jsonl line " + meeting + ": a meeting needs the attribute costPence",
                "records.jsonl line " + otherMeeting + ": a meeting's costPence must be a whole number (N)",
                "records.jsonl line " + hub + ": a hub's annualBudgetPence must have a value, not null (NULL)",
                "records.jsonl line " + theImport + ": a volunteer-hours import's quarters[0] needs the field distinctVolunteers",
                "records.jsonl line " + audit + ": an audit entry needs the attribute status",
                "records.jsonl line " + refs + ": a hub's volunteers of a quarter's refs must not hold the same text twice");
    }

    @Test
    void aRecordTwiceInAnExportIsRefusedBeforeAnythingIsWritten() throws IOException {
        List<String> lines = exportedLines();
        lines.set(lines.size() - 1, lines.get(1));

        List<String> problems = problemsRestoring(lines);

        assertThat(problems).singleElement().asString()
                .startsWith("records.jsonl line " + lines.size() + ": the same record").contains("as line 2");
    }

    @Test
    void aTruncatedExportIsRefusedBecauseItsCountDoesNotMatchTheManifest() throws IOException {
        List<String> lines = exportedLines();

        List<String> problems = problemsRestoring(lines.subList(0, lines.size() - 1));

        assertThat(problems).singleElement().asString().contains("has 18 items but export.json says 19");
    }

    @Test
    void anImportThatStopsPartWayIsFinishedByRunningItAgain() {
        new RecordsExport(dynamoDb, source, CLOCK).export(Optional.empty(), folder, count -> { });
        String restored = DynamoDbForTests.createRecordsTable();
        DynamoDbFaults faults = DynamoDbFaults.overUrlConnection();
        try (DynamoDbClient failing = LocalDynamoDbClient.connect(DynamoDbForTests.endpoint(), faults)) {
            BatchWriter failingWriter = new BatchWriter(failing, new RetryBackoff(duration -> { }, new SplittableRandom(1)));
            faults.failFrom("BatchWriteItem", 2, Fault.INTERNAL_SERVER_ERROR);

            catchThrowableOfType(IncompleteBatchWriteException.class,
                    () -> new RecordsImport(failing, restored, failingWriter).importFrom(folder, count -> { }));
            assertThat(items(restored, "HUB#north")).as("the first batch was written").isNotEmpty();
            assertThat(items(restored, "HUBS")).as("the hubs are written last, so the table still counts as empty").isEmpty();

            faults.heal();
            Path anotherExport = folder.resolveSibling(folder.getFileName() + "-q1");
            new RecordsExport(dynamoDb, source, CLOCK).export(Optional.of(Quarter.parse("2026-Q1").orElseThrow()), anotherExport, count -> { });
            RestoreRefusedException mixing = catchThrowableOfType(RestoreRefusedException.class,
                    () -> new RecordsImport(failing, restored, failingWriter).importFrom(anotherExport, count -> { }));
            assertThat(mixing.problems()).singleElement().asString().contains("holds part of an import of another export");

            new RecordsImport(failing, restored, failingWriter).importFrom(folder, count -> { });
        }

        for (String partition : PARTITIONS) {
            assertThat(items(restored, partition)).as(partition).isEqualTo(items(source, partition));
        }
        assertThat(items(restored, RecordsImport.RESTORE)).as("the finished import's marker is gone").isEmpty();
    }

    /** Changes the item with these keys in place; returns its line number. */
    private static int change(List<String> lines, String pk, String sk, Consumer<ObjectNode> change) throws IOException {
        for (int index = 0; index < lines.size(); index++) {
            ObjectNode line = (ObjectNode) JSON.readTree(lines.get(index));
            ObjectNode item = (ObjectNode) line.get("Item");
            if (item.at("/pk/S").asText().equals(pk) && item.at("/sk/S").asText().equals(sk)) {
                change.accept(item);
                lines.set(index, JSON.writeValueAsString(line));
                return index + 1;
            }
        }
        throw new IllegalArgumentException("No item " + pk + " " + sk + " in the export");
    }

    private List<String> exportedLines() throws IOException {
        new RecordsExport(dynamoDb, source, CLOCK).export(Optional.empty(), folder, count -> { });
        return new ArrayList<>(Files.readAllLines(folder.resolve(ExportFolder.RECORDS_JSONL)));
    }

    /** Imports the export with these lines into an empty table, which must refuse it and write nothing; its problems. */
    private List<String> problemsRestoring(List<String> lines) throws IOException {
        Files.write(folder.resolve(ExportFolder.RECORDS_JSONL), lines);
        String restored = DynamoDbForTests.createRecordsTable();
        RestoreRefusedException refused = catchThrowableOfType(RestoreRefusedException.class,
                () -> new RecordsImport(dynamoDb, restored, writer).importFrom(folder, count -> { }));
        assertThat(refused).as("the import was refused").isNotNull();
        PARTITIONS.forEach(partition -> assertThat(items(restored, partition)).as(partition).isEmpty());
        return refused.problems();
    }

    private static Map<String, AttributeValue> hub(String hubId, String name, String annualBudgetPence) {
        return Map.of("hubId", s(hubId), "name", s(name), "area", s("Cherwell"), "annualBudgetPence", n(annualBudgetPence),
                "requiredSectors", AttributeValue.fromL(List.of(s("HEALTH"), s("SCHOOLS"))), "createdAt", s(AT), "createdBy", s("admin"),
                "updatedAt", s(AT), "updatedBy", s("admin"), "version", n("1"));
    }

    private static Map<String, AttributeValue> meeting(String hubId, String meetingId, String date) {
        return Map.ofEntries(Map.entry("quarterSk", s("Q#2026-Q1#MEETING#" + date + "#" + meetingId)), Map.entry("meetingId", s(meetingId)),
                Map.entry("hubId", s(hubId)), Map.entry("date", s(date)), Map.entry("type", s("LOCAL_PARTNERSHIP")),
                Map.entry("title", s("Partnership meeting")), Map.entry("chairs", AttributeValue.fromL(List.of(s("A Chair")))),
                Map.entry("attendees", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("name", s("A Chair"),
                        "organisation", AttributeValue.fromNul(true), "sector", s("HEALTH")))))),
                Map.entry("apologies", AttributeValue.fromL(List.of())), Map.entry("decisions", AttributeValue.fromL(List.of())),
                Map.entry("actions", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("actionId", s("a1"), "description", s("Write up"),
                        "owner", s("Coordinator"), "dueDate", s("2026-06-01"), "status", s("OPEN")))))),
                Map.entry("costPence", n("4500")), Map.entry("createdAt", s(AT)), Map.entry("updatedAt", s(AT)), Map.entry("version", n("1")));
    }

    private void put(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("pk", s(pk));
        item.put("sk", s(sk));
        dynamoDb.putItem(request -> request.tableName(source).item(item));
    }

    private List<Map<String, AttributeValue>> items(String table, String partition) {
        return dynamoDb.query(request -> request.tableName(table).consistentRead(true).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(partition)))).items();
    }

    private static List<String> keysIn(Path folder) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(ExportFolder.RECORDS_JSONL))) {
            com.fasterxml.jackson.databind.JsonNode item = json.readTree(line).get("Item");
            keys.add(item.at("/pk/S").asText() + " " + item.at("/sk/S").asText());
        }
        return keys.stream().collect(Collectors.toList());
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }
}
