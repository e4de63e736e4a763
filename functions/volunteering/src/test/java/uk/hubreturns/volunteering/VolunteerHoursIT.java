package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.returns.DynamoDbQuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.domain.RecordIds;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.SampleEvents;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.devkit.TestEnvironment;

class VolunteerHoursIT {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final String HEADER = "volunteerRef,date,hours,activity,note\r\n";

    private String table;
    private VolunteeringComponent component;
    private WriteFaults faults;
    private FaultyVolunteeringComponent faultyComponent;

    @BeforeEach
    void freshTableWithOneHub() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        component = DaggerVolunteeringComponent.factory().create(Settings.of(settings), CLOCK);
        faults = new WriteFaults();
        faultyComponent = DaggerFaultyVolunteeringComponent.factory().create(Settings.of(settings), CLOCK, faults);
        new TestHubs(table).add("banbury", CLOCK.instant());
    }

    // --- One entry at a time ------------------------------------------------------------------

    @Test
    void logsAnEntryAndListsItWithTheQuarterTotals() throws IOException {
        APIGatewayV2HTTPResponse created = new LogVolunteerHoursHandler(component).handleRequest(SampleEvents.httpApi("log-volunteer-hours"), null);

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsEntry("ETag", "\"1\"");
        assertThat(created.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode entry = JSON.readTree(created.getBody());
        assertThat(entry.get("entryId").asText()).matches(RecordIds.FORM.pattern());
        assertThat(entry.get("volunteerRef").asText()).isEqualTo("V-0012");
        assertThat(entry.get("hours").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(entry.get("importId").isNull()).isTrue();
        assertThat(created.getHeaders()).containsEntry("Location", "/hubs/banbury/volunteer-hours/" + entry.get("entryId").asText());

        JsonNode page = list("2026-Q1", null, null);
        assertThat(page.get("items")).singleElement().isEqualTo(entry);
        assertThat(page.get("totalHours").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(page.get("distinctVolunteers").asInt()).isEqualTo(1);
        assertThat(page.get("nextCursor").isNull()).isTrue();
        Map<String, AttributeValue> stored = hubItems().stream().filter(item -> item.get("sk").s().startsWith("VOLUNTEER#")).findFirst().orElseThrow();
        assertThat(stored.get("minutes").n()).isEqualTo("150");
        assertThat(stored.get("quarterSk").s()).isEqualTo("Q#2026-Q1#VOLUNTEER#2026-05-14#" + entry.get("entryId").asText());
    }

    @Test
    void listsAPageAtATimeNewestFirstWithTotalsForTheWholeQuarter() throws IOException {
        String[][] entries = {{"V-1", "2026-04-01", "1"}, {"V-2", "2026-06-30", "0.25"}, {"V-1", "2026-05-14", "2.75"},
                {"V-3", "2026-03-31", "4"}, {"V-2", "2026-07-01", "8"}};
        for (String[] e : entries) {
            assertThat(log(e[0], e[1], e[2]).getStatusCode()).isEqualTo(201);
        }

        List<String> dates = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = list("2026-Q1", cursor, "2");
            page.get("items").forEach(item -> dates.add(item.get("date").asText()));
            assertThat(page.get("totalHours").decimalValue()).isEqualByComparingTo("4.00");
            assertThat(page.get("distinctVolunteers").asInt()).isEqualTo(2);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(dates).containsExactly("2026-06-30", "2026-05-14", "2026-04-01");
        assertThat(list("2025-Q4", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void anInvalidEntryNamesEveryBadFieldAndStoresNothing() throws IOException {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("log-volunteer-hours");
        event.setBody("{\"volunteerRef\":\"Jane Smith\",\"date\":\"2026-07-11\",\"hours\":24.25,\"activity\":\"KNITTING\"}");

        APIGatewayV2HTTPResponse response = new LogVolunteerHoursHandler(component).handleRequest(event, null);

        assertThat(fieldsOf(assertProblem(response, 400))).containsExactlyInAnyOrder("volunteerRef", "date", "hours", "activity");
        assertThat(hubItems()).isEmpty();
    }

    @Test
    void deletesAnEntry() throws IOException {
        String entryId = JSON.readTree(log("V-1", "2026-05-01", "1.5").getBody()).get("entryId").asText();
        DeleteVolunteerHoursHandler delete = new DeleteVolunteerHoursHandler(component);

        APIGatewayV2HTTPResponse response = delete.handleRequest(SampleEvents.httpApi("delete-volunteer-hours", Map.of("entryId", entryId)), null);

        assertThat(response.getStatusCode()).isEqualTo(204);
        assertThat(response.getBody()).isNull();
        assertThat(list("2026-Q1", null, null).get("items")).isEmpty();
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("0");
        assertThat(hubItems()).isEmpty();
        assertProblem(delete.handleRequest(SampleEvents.httpApi("delete-volunteer-hours", Map.of("entryId", entryId)), null), 404);
        assertProblem(delete.handleRequest(SampleEvents.httpApi("delete-volunteer-hours", Map.of("entryId", "x".repeat(2000))), null), 404);
    }

    @Test
    void everyRouteOfAnUnknownHubIsNotFoundAndStoresNothing() {
        Map<String, String> nowhere = Map.of("hubId", "nowhere");

        assertProblem(new LogVolunteerHoursHandler(component).handleRequest(SampleEvents.httpApi("log-volunteer-hours", nowhere), null), 404);
        assertProblem(new ListVolunteerHoursHandler(component).handleRequest(SampleEvents.httpApi("list-volunteer-hours", nowhere), null), 404);
        assertProblem(new DeleteVolunteerHoursHandler(component).handleRequest(SampleEvents.httpApi("delete-volunteer-hours", nowhere), null), 404);
        assertProblem(new ImportVolunteerHoursHandler(component).handleRequest(SampleEvents.httpApi("import-volunteer-hours", nowhere), null), 404);
        assertProblem(new DeleteVolunteerImportHandler(component).handleRequest(SampleEvents.httpApi("delete-volunteer-import", nowhere), null), 404);
        assertProblem(new ListVolunteerHoursHandler(component).handleRequest(
                SampleEvents.httpApi("list-volunteer-hours", Map.of("hubId", "N".repeat(5000))), null), 404);
        assertThat(itemsIn("HUB#nowhere")).isEmpty();
    }

    @Test
    void listingNeedsAValidQuarter() throws IOException {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("list-volunteer-hours");
        event.setQueryStringParameters(Map.of("quarter", "2026-Q5"));

        assertThat(fieldsOf(assertProblem(new ListVolunteerHoursHandler(component).handleRequest(event, null), 400))).containsExactly("quarter");
    }

    // --- Spreadsheet imports ------------------------------------------------------------------

    @Test
    void importsTheSampleSpreadsheetAndRecognisesTheSameRowsSavedDifferently() throws IOException {
        APIGatewayV2HTTPResponse first = importCsv(SampleEvents.httpApi("import-volunteer-hours").getBody());

        assertThat(first.getStatusCode()).isEqualTo(201);
        JsonNode result = JSON.readTree(first.getBody());
        assertThat(result.get("rowsImported").asInt()).isEqualTo(40);
        assertThat(result.get("quarters")).singleElement().satisfies(q -> assertThat(q.get("quarter").asText()).isEqualTo("2026-Q1"));

        // The example file has LF line endings where the sample event has CRLF: the same rows, the same import.
        String example = Files.readString(SampleEvents.file("volunteer-hours-example").resolveSibling("volunteer-hours-example.csv"));
        APIGatewayV2HTTPResponse again = importCsv(example);

        assertThat(first.getHeaders()).containsEntry("Location", "/hubs/banbury/volunteer-hours/imports/" + result.get("importId").asText());
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getHeaders()).doesNotContainKey("Location");
        assertThat(JSON.readTree(again.getBody())).isEqualTo(result);
        assertThat(entriesIn("2026-Q1")).hasSize(40);
    }

    @Test
    void importsThreeThousandRowsInSecondsAndCountsThemAllInTheQuarterTotals() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        Map<String, Long> minutesByQuarter = new HashMap<>();
        Map<String, Set<String>> volunteersByQuarter = new HashMap<>();
        String[] hours = {"0.25", "0.5", "1", "1.25", "2", "3.5", "7.75"};
        for (int i = 0; i < 3_000; i++) {
            LocalDate date = LocalDate.of(2026, 1, 1).plusDays(i % 180);
            String quarter = date.isBefore(LocalDate.of(2026, 4, 1)) ? "2025-Q4" : "2026-Q1";
            String ref = "V-" + (1000 + i % 137);
            String hour = hours[i % hours.length];
            csv.append(ref).append(',').append(date).append(',').append(hour).append(",OUTREACH,").append(i % 10 == 0 ? "\"Stall, market\"" : "")
                    .append("\r\n");
            minutesByQuarter.merge(quarter, new BigDecimal(hour).multiply(BigDecimal.valueOf(60)).longValueExact(), Long::sum);
            volunteersByQuarter.computeIfAbsent(quarter, q -> new HashSet<>()).add(ref);
        }

        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response = importCsv(csv.toString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(seconds).as("import time in seconds").isLessThan(30);
        JsonNode result = JSON.readTree(response.getBody());
        assertThat(result.get("rowsImported").asInt()).isEqualTo(3_000);
        assertThat(result.get("quarters")).hasSize(2);
        for (JsonNode quarter : result.get("quarters")) {
            String id = quarter.get("quarter").asText();
            assertThat(quarter.get("totalHours").decimalValue()).isEqualByComparingTo(Hours.fromMinutes(minutesByQuarter.get(id)));
            assertThat(quarter.get("distinctVolunteers").asInt()).isEqualTo(volunteersByQuarter.get(id).size());
            JsonNode listed = list(id, null, "1");
            assertThat(listed.get("totalHours")).isEqualTo(quarter.get("totalHours"));
            assertThat(listed.get("distinctVolunteers")).isEqualTo(quarter.get("distinctVolunteers"));
        }
        List<Map<String, AttributeValue>> stored = entriesIn("2025-Q4");
        stored.addAll(entriesIn("2026-Q1"));
        assertThat(stored).hasSize(3_000).allSatisfy(item -> {
            assertThat(item.get("importId").s()).isEqualTo(result.get("importId").asText());
            assertThat(item.get("version").n()).isEqualTo("1");
        });
        assertThat(stored.stream().map(item -> item.get("entryId").s()).distinct()).hasSize(3_000);
    }

    @Test
    void aSpreadsheetWithThreeBadRowsIsRefusedNamingAllThreeAndStoresNothing() throws IOException {
        log("V-0001", "2026-04-01", "1");
        List<Map<String, AttributeValue>> before = hubItems();
        String csv = HEADER
                + "V-0012,2026-04-02,1.5,OUTREACH,\r\n"
                + "V-0013,2026-04-02,1.1,OUTREACH,\r\n"
                + "V-0014,2026-04-03,2,MENTORING,\"Homework club, Year 9\"\r\n"
                + "Jane Smith,2026-04-03,2,MENTORING,\r\n"
                + "V-0016,2026-04-04,3,ADMIN,\r\n"
                + "V-0017,2026-04-31,3,ADMIN,\r\n";

        APIGatewayV2HTTPResponse response = importCsv(csv);

        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("type").asText()).isEqualTo("/problems/invalid-request");
        assertThat(fieldsOf(problem)).containsExactly("line 3: hours", "line 5: volunteerRef", "line 7: date");
        assertThat(hubItems()).isEqualTo(before);
    }

    @Test
    void theSameSpreadsheetTwiceCountsOnceAndAnswersTheFirstResult() throws IOException {
        String csv = HEADER + "V-1,2026-04-02,1.5,OUTREACH,\r\nV-2,2026-05-02,2,EVENTS,Fun day\r\n";
        APIGatewayV2HTTPResponse first = importCsv(csv);
        List<Map<String, AttributeValue>> afterFirst = hubItems();

        APIGatewayV2HTTPResponse second = importCsv(csv);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(second.getStatusCode()).isEqualTo(200);
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(hubItems()).isEqualTo(afterFirst);
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("3.5");
    }

    @Test
    void anImportThatFailsPartWayCountsNowhereAndUploadingItAgainCompletesItExactlyOnce() throws IOException {
        log("V-0001", "2026-04-01", "1");
        String csv = spreadsheet(200, "2026-05-");
        faults.failBatchWritesFrom(3);

        APIGatewayV2HTTPResponse failed = importCsv(faultyComponent, csv);

        JsonNode problem = assertProblem(failed, 503);
        assertThat(failed.getHeaders()).containsEntry("Retry-After", "5");
        assertThat(problem.get("type").asText()).isEqualTo("/problems/temporarily-unavailable");
        assertThat(problem.get("detail").asText()).startsWith("Only 50 of 200 rows were stored");
        String importId = importIdIn(problem.get("detail").asText());
        assertThat(entriesOfImport(importId)).hasSize(50);
        assertThat(importRecord(importId).get("status").s()).isEqualTo("IN_PROGRESS");
        JsonNode listed = list("2026-Q1", null, null);
        assertThat(listed.get("items")).singleElement().satisfies(item -> assertThat(item.get("volunteerRef").asText()).isEqualTo("V-0001"));
        assertThat(listed.get("totalHours").decimalValue()).isEqualByComparingTo("1");
        assertThat(listed.get("distinctVolunteers").asInt()).isEqualTo(1);
        assertThat(list("2025-Q4", null, null).get("unfinishedImports")).as("named in any quarter's list, to find it after no answer")
                .singleElement().satisfies(unfinished -> assertThat(unfinished.asText()).isEqualTo(importId));
        String anImportedEntry = entriesOfImport(importId).get(0).get("entryId").s();
        assertProblem(new DeleteVolunteerHoursHandler(component).handleRequest(
                SampleEvents.httpApi("delete-volunteer-hours", Map.of("entryId", anImportedEntry)), null), 404);

        faults.heal();
        APIGatewayV2HTTPResponse resumed = importCsv(faultyComponent, csv);

        assertThat(resumed.getStatusCode()).isEqualTo(201);
        JsonNode result = JSON.readTree(resumed.getBody());
        assertThat(result.get("importId").asText()).isEqualTo(importId);
        assertThat(result.get("rowsImported").asInt()).isEqualTo(200);
        assertThat(result.get("quarters").get(0).get("totalHours").decimalValue()).isEqualByComparingTo("301");
        assertThat(entriesOfImport(importId)).hasSize(200);
        assertThat(importRecord(importId).get("status").s()).isEqualTo("COMPLETE");
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("301");
        assertThat(list("2026-Q1", null, null).get("distinctVolunteers").asInt()).isEqualTo(21);
        assertThat(list("2026-Q1", null, null).get("unfinishedImports")).isEmpty();
        assertThat(ledger()).doesNotContainKey("inProgress");

        APIGatewayV2HTTPResponse third = importCsv(csv);
        assertThat(third.getStatusCode()).isEqualTo(200);
        assertThat(third.getBody()).isEqualTo(resumed.getBody());
        assertThat(entriesOfImport(importId)).hasSize(200);
    }

    @Test
    void itemsDynamoDbLeavesUnprocessedAreRetriedUntilWritten() throws IOException {
        faults.throttle(3, 10);

        APIGatewayV2HTTPResponse response = importCsv(faultyComponent, spreadsheet(100, "2026-06-"));

        assertThat(response.getStatusCode()).isEqualTo(201);
        assertThat(faults.batchWrites()).isEqualTo(4 + 3);
        String importId = JSON.readTree(response.getBody()).get("importId").asText();
        assertThat(entriesOfImport(importId)).hasSize(100);
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("150");
    }

    @Test
    void anUnfinishedImportCanBeDeletedWithItsRowsAndImportedAgainLater() throws IOException {
        String csv = spreadsheet(120, "2026-04-");
        faults.failBatchWritesFrom(2);
        String importId = importIdIn(assertProblem(importCsv(faultyComponent, csv), 503).get("detail").asText());
        faults.heal();
        DeleteVolunteerImportHandler delete = new DeleteVolunteerImportHandler(component);

        APIGatewayV2HTTPResponse deleted = delete.handleRequest(SampleEvents.httpApi("delete-volunteer-import", Map.of("importId", importId)), null);

        assertThat(deleted.getStatusCode()).isEqualTo(204);
        assertThat(hubItems()).extracting(item -> item.get("sk").s()).containsExactly("IMPORT_LEDGER");
        assertThat(ledger()).doesNotContainKey("inProgress");
        assertProblem(delete.handleRequest(SampleEvents.httpApi("delete-volunteer-import", Map.of("importId", importId)), null), 404);

        APIGatewayV2HTTPResponse imported = importCsv(csv);
        assertThat(imported.getStatusCode()).isEqualTo(201);
        assertThat(entriesOfImport(importId)).hasSize(120);
        assertProblem(delete.handleRequest(SampleEvents.httpApi("delete-volunteer-import", Map.of("importId", importId)), null), 409);
        assertProblem(delete.handleRequest(SampleEvents.httpApi("delete-volunteer-import", Map.of("importId", "not-an-import")), null), 404);
        assertThat(entriesOfImport(importId)).hasSize(120);
    }

    @Test
    void theSameRowsInAnotherOrderAreNotCountedTwice() throws IOException {
        String sheet = HEADER + "V-1,2026-04-02,1.5,ADMIN,\r\nV-2,2026-04-03,2,EVENTS,\r\nV-1,2026-04-09,1,ADMIN,\r\n";
        String sorted = HEADER + "V-2,2026-04-03,2,EVENTS,\r\nV-1,2026-04-09,1,ADMIN,\r\nV-1,2026-04-02,1.5,ADMIN,\r\n";
        APIGatewayV2HTTPResponse first = importCsv(sheet);
        assertThat(first.getStatusCode()).isEqualTo(201);

        APIGatewayV2HTTPResponse again = importCsv(sorted);

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(entriesIn("2026-Q1")).hasSize(3);
    }

    @Test
    void aFileImportedWhenOnlyTheSameOrderCountedAsTheSameUploadIsStillRecognised() throws IOException {
        String sheet = HEADER + "V-2,2026-04-03,2,EVENTS,\r\nV-1,2026-04-02,1.5,ADMIN,\r\n";
        ParsedImport parsed = component.csvReader().read(sheet);
        ParsedImport asIdentifiedThen = parsed.inFileOrder().orElseThrow();
        component.importService().importRows("banbury", new ParsedImport(asIdentifiedThen.importId(), asIdentifiedThen.rows(), Optional.empty()));
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("3.5");

        APIGatewayV2HTTPResponse again = importCsv(sheet);

        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.getBody()).get("importId").asText()).isEqualTo(asIdentifiedThen.importId());
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(entriesIn("2026-Q1")).hasSize(2);
    }

    @Test
    void anImportStillBeingWrittenIsNotRemovedUnderItAndItsRowsAllCount() throws IOException {
        List<APIGatewayV2HTTPResponse> deletes = new ArrayList<>();
        // A minute after the upload began: it may still be running (its function's time limit is 120 s).
        VolunteeringComponent aMinuteLater = componentAt(CLOCK.instant().plusSeconds(60));
        faults.beforeBatchWrite(3, () -> deletes.add(deleteImport(aMinuteLater, runningImportId())));

        APIGatewayV2HTTPResponse imported = importCsv(faultyComponent, spreadsheet(200, "2026-05-"));

        assertThat(imported.getStatusCode()).isEqualTo(201);
        JsonNode refused = assertProblem(deletes.get(0), 409);
        assertThat(refused.get("detail").asText()).contains("is still being written by an upload of its file");
        String importId = JSON.readTree(imported.getBody()).get("importId").asText();
        assertThat(entriesOfImport(importId)).hasSize(200);
        assertThat(importRecord(importId).get("status").s()).isEqualTo("COMPLETE");
        assertThat(list("2026-Q1", null, null).get("totalHours").decimalValue()).isEqualByComparingTo("300");
    }

    @Test
    void anImportLeftUnfinishedByAnUploadThatWasStoppedCanBeRemovedOnceThatUploadCannotBeRunning() throws IOException {
        faults.failBatchWritesFrom(2);
        String importId = importIdIn(assertProblem(importCsv(faultyComponent, spreadsheet(120, "2026-04-")), 503).get("detail").asText());
        faults.heal();
        assertThat(importRecord(importId)).as("an upload that answered lets go of the rows").doesNotContainKey("writingUntil");
        // As an upload stopped by Lambda at its time limit leaves it: still held, until the lease runs out.
        Instant heldUntil = CLOCK.instant().plus(VolunteerImportService.WRITING_LEASE);
        DynamoDbForTests.client().updateItem(r -> r.tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("HUB#banbury"), "sk", AttributeValue.fromS("IMPORT#" + importId)))
                .updateExpression("SET writingUntil = :until")
                .expressionAttributeValues(Map.of(":until", AttributeValue.fromN(Long.toString(heldUntil.toEpochMilli())))));

        JsonNode tooSoon = assertProblem(deleteImport(component, importId), 409);
        assertThat(tooSoon.get("detail").asText()).contains("none comes by " + heldUntil);
        assertThat(entriesOfImport(importId)).hasSize(25);

        assertThat(deleteImport(componentAt(heldUntil.plusSeconds(1)), importId).getStatusCode()).isEqualTo(204);
        assertThat(entriesOfImport(importId)).isEmpty();
        assertThat(ledger()).doesNotContainKey("inProgress");
    }

    @Test
    void rowsOfAnUploadWhoseQuarterIsSignedOffWhileTheyAreWrittenCountNowhere() throws IOException {
        log("V-0001", "2026-04-01", "1");
        faults.beforeBatchWrite(3, () -> new DynamoDbQuarterSignOffs(DynamoDbForTests.client(), table)
                .signOff(Quarter.parse("2026-Q1").orElseThrow(), "county-admin", CLOCK.instant()));

        APIGatewayV2HTTPResponse imported = importCsv(faultyComponent, spreadsheet(200, "2026-05-"));

        JsonNode refused = assertProblem(imported, 409);
        assertThat(refused.get("detail").asText()).startsWith("Quarter 2026-Q1 was signed off while this file's rows were being written");
        String importId = importIdIn(refused.get("detail").asText());
        assertThat(importRecord(importId).get("status").s()).isEqualTo("IN_PROGRESS");
        JsonNode listed = list("2026-Q1", null, null);
        assertThat(listed.get("totalHours").decimalValue()).as("only the entry logged before").isEqualByComparingTo("1");
        assertThat(listed.get("items")).as("a page goes on past the uncounted rows to the counted entry").hasSize(1);
        assertThat(listed.get("nextCursor").isNull()).isTrue();
        assertThat(deleteImport(component, importId).getStatusCode()).as("the refused upload let go of its rows").isEqualTo(204);
        assertThat(entriesOfImport(importId)).isEmpty();
    }

    @Test
    void anEntryLoggedOrDeletedAsItsQuarterIsSignedOffIsRefusedSoTheSignedOffReturnHoldsEveryEntry() throws IOException {
        String entryId = JSON.readTree(log("V-0001", "2026-05-01", "1.5").getBody()).get("entryId").asText();
        DynamoDbQuarterSignOffs signOffs = new DynamoDbQuarterSignOffs(DynamoDbForTests.client(), table);
        Quarter quarter = Quarter.parse("2026-Q1").orElseThrow();
        faults.beforeNextTransaction(() -> signOffs.signOff(quarter, "county-admin", CLOCK.instant()));

        APIGatewayV2HTTPResponse logged = new LogVolunteerHoursHandler(faultyComponent).handleRequest(SampleEvents.httpApi("log-volunteer-hours"), null);

        assertThat(assertProblem(logged, 409).get("detail").asText()).startsWith("Quarter 2026-Q1 is signed off");
        signOffs.reopen(quarter, "county-admin", CLOCK.instant());
        faults.beforeNextTransaction(() -> signOffs.signOff(quarter, "county-admin", CLOCK.instant()));

        APIGatewayV2HTTPResponse deleted = new DeleteVolunteerHoursHandler(faultyComponent)
                .handleRequest(SampleEvents.httpApi("delete-volunteer-hours", Map.of("entryId", entryId)), null);

        assertThat(assertProblem(deleted, 409).get("detail").asText()).startsWith("Quarter 2026-Q1 is signed off");
        JsonNode listed = list("2026-Q1", null, null);
        assertThat(listed.get("items")).singleElement().satisfies(entry -> assertThat(entry.get("entryId").asText()).isEqualTo(entryId));
        assertThat(listed.get("totalHours").decimalValue()).isEqualByComparingTo("1.5");
    }

    @Test
    void moreThanTenThousandRowsOrFiveMegabytesIsTooLargeAndStoresNothing() throws IOException {
        APIGatewayV2HTTPResponse tooManyRows = importCsv(HEADER + "V-1,2026-04-02,1,ADMIN,\r\n".repeat(10_001));
        APIGatewayV2HTTPResponse tooManyBytes = importCsv(HEADER + ("V-1,2026-04-02,1,ADMIN," + "x".repeat(499) + "\r\n").repeat(10_500));

        assertThat(assertProblem(tooManyRows, 413).get("detail").asText()).startsWith("The file has more than 10,000 rows.");
        JsonNode tooLarge = assertProblem(tooManyBytes, 413);
        assertThat(tooLarge.get("type").asText()).isEqualTo("/problems/payload-too-large");
        assertThat(tooLarge.get("detail").asText()).startsWith("The file is larger than 5 MB. Split it into smaller files");
        assertThat(hubItems()).isEmpty();
    }

    @Test
    void aBodyThatIsNotCsvIsAnUnsupportedMediaType() {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("import-volunteer-hours");
        event.getHeaders().put("content-type", "application/json");

        assertProblem(new ImportVolunteerHoursHandler(component).handleRequest(event, null), 415);
        assertThat(hubItems()).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    /** {@code rows} rows of 1.5 hours by 20 volunteers on days 01 to 28 of the month {@code yearMonth} names. */
    private static String spreadsheet(int rows, String yearMonth) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("V-").append(100 + i % 20).append(',').append(yearMonth).append(String.format("%02d", 1 + i % 28))
                    .append(",1.5,EVENTS,\r\n");
        }
        return csv.toString();
    }

    private static String importIdIn(String detail) {
        return detail.replaceAll("(?s).*/imports/([0-9a-f]{64}).*", "$1");
    }

    private APIGatewayV2HTTPResponse importCsv(String csv) {
        return importCsv(component, csv);
    }

    private static APIGatewayV2HTTPResponse importCsv(VolunteeringComponent with, String csv) {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("import-volunteer-hours");
        event.setBody(csv);
        return new ImportVolunteerHoursHandler(with).handleRequest(event, null);
    }

    private VolunteeringComponent componentAt(Instant now) {
        return DaggerVolunteeringComponent.factory().create(Settings.of(TestEnvironment.forTable(table)), Clock.fixed(now, ZoneId.of("Europe/London")));
    }

    private static APIGatewayV2HTTPResponse deleteImport(VolunteeringComponent with, String importId) {
        return new DeleteVolunteerImportHandler(with).handleRequest(SampleEvents.httpApi("delete-volunteer-import", Map.of("importId", importId)), null);
    }

    /** The id of the import an upload has begun (as its 503 would name it). */
    private String runningImportId() {
        return hubItems().stream().map(item -> item.get("sk").s()).filter(sk -> sk.startsWith("IMPORT#")).findFirst().orElseThrow()
                .substring("IMPORT#".length());
    }

    private APIGatewayV2HTTPResponse log(String ref, String date, String hours) {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("log-volunteer-hours");
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(event.getBody());
            body.put("volunteerRef", ref).put("date", date).put("hours", new BigDecimal(hours));
            event.setBody(body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LogVolunteerHoursHandler(component).handleRequest(event, null);
    }

    private JsonNode list(String quarter, String cursor, String limit) throws IOException {
        APIGatewayV2HTTPEvent event = SampleEvents.httpApi("list-volunteer-hours");
        Map<String, String> query = new HashMap<>(Map.of("quarter", quarter));
        if (cursor != null) {
            query.put("cursor", cursor);
        }
        if (limit != null) {
            query.put("limit", limit);
        }
        event.setQueryStringParameters(query);
        APIGatewayV2HTTPResponse response = new ListVolunteerHoursHandler(component).handleRequest(event, null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private List<Map<String, AttributeValue>> hubItems() {
        return itemsIn("HUB#banbury");
    }

    private List<Map<String, AttributeValue>> itemsIn(String partition) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        DynamoDbForTests.client().queryPaginator(QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition)))
                .consistentRead(true)
                .build()).items().forEach(items::add);
        return items;
    }

    /** Every stored entry dated in the quarter, counted or not. */
    private List<Map<String, AttributeValue>> entriesIn(String quarter) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        DynamoDbForTests.client().queryPaginator(QueryRequest.builder()
                .tableName(table)
                .indexName("byQuarter")
                .keyConditionExpression("pk = :pk AND begins_with(quarterSk, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("HUB#banbury"),
                        ":prefix", AttributeValue.fromS("Q#" + quarter + "#VOLUNTEER#")))
                .build()).items().forEach(items::add);
        return items;
    }

    private List<Map<String, AttributeValue>> entriesOfImport(String importId) {
        return hubItems().stream().filter(item -> item.containsKey("importId") && item.get("importId").s().equals(importId)
                && item.get("sk").s().startsWith("VOLUNTEER#")).toList();
    }

    private Map<String, AttributeValue> importRecord(String importId) {
        return hubItems().stream().filter(item -> item.get("sk").s().equals("IMPORT#" + importId)).findFirst().orElseThrow();
    }

    private Map<String, AttributeValue> ledger() {
        return hubItems().stream().filter(item -> item.get("sk").s().equals("IMPORT_LEDGER")).findFirst().orElseThrow();
    }

    private static JsonNode assertProblem(APIGatewayV2HTTPResponse response, int status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        try {
            JsonNode problem = JSON.readTree(response.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldsOf(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
