package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.backup.RecordsExport;
import uk.hubreturns.backup.RecordsImport;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.devkit.LocalDynamoDbClient;

/**
 * The quarterly returns end to end, as a user drives them over HTTP: four hubs, three consecutive quarters across
 * a financial-year boundary (2025-Q3, 2025-Q4 = Jan–Mar 2026, 2026-Q1 = Apr–Jun 2026), all in the past as volunteer hours must be, records entered through
 * the API, the rollup triggered, and every figure compared with what was worked out by hand below.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuarterlyReturnsIT {

    // Decimals as written (24.00 stays 24.00), as a spreadsheet or the site would show them.
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String RECORDS_TABLE = uk.hubreturns.template.SamTemplate.load(LocalServer.ROOT.resolve("template.yaml"))
            .table("RecordsTable").orElseThrow().tableName();
    private static LocalServer server;

    @BeforeAll
    static void recordAYearOfHubWork() throws IOException {
        server = LocalServer.start(Storage.inMemory());
        hub("north", "North Hub", 300_000, null);
        hub("south", "South Hub", 250_002, "[\"SCHOOLS\",\"HEALTH\",\"POLICE\",\"PARENTS_CARERS\"]");
        hub("east", "East Hub", 10, "[\"SCHOOLS\",\"HEALTH\"]");
        hub("west", "West Hub", 0, null);

        // north, 2025-Q3: one meeting with a parent present, an overdue open action and a done one; two volunteers.
        meeting("north", "2025-10-05", "LOCAL_PARTNERSHIP", 4500, "SCHOOLS,HEALTH,PARENTS_CARERS",
                action("OPEN", "2025-12-01"), action("DONE", "2025-11-01"));
        hours("north", "V-1", "2025-10-10", "2", "OUTREACH");
        hours("north", "V-2", "2025-11-11", "1.5", "EVENTS");
        // north, 2025-Q4: an action due on the quarter's last day is not overdue; the day before is.
        meeting("north", "2026-01-15", "SUB_GROUP", 1000, "POLICE", action("OPEN", "2026-03-31"), action("OPEN", "2026-03-30"));
        meeting("north", "2026-03-31", "COUNTY_PARTNERSHIP", 0, "CHILDREN_YOUNG_PEOPLE,SCHOOLS");
        hours("north", "V-1", "2026-02-01", "3", "MENTORING");
        hours("north", "V-3", "2026-03-31", "0.25", "ADMIN");
        // north, 2026-Q1: no meeting; V-4 is new, V-2 comes back after a quarter away.
        hours("north", "V-4", "2026-04-01", "1", "ADMIN");
        hours("north", "V-2", "2026-05-01", "2", "EVENTS");
        String familySupport = agreement("north", "Family support", "2025-10-01", "2026-06-30",
                measure("families", "AT_LEAST", "40", "10"), measure("first-contact-days", "AT_MOST", "5", "20"));
        actuals("north", familySupport, "2025-Q3", "{\"families\":40,\"first-contact-days\":6}");
        actuals("north", familySupport, "2025-Q4", "{\"families\":36,\"first-contact-days\":6.01}");
        actuals("north", familySupport, "2026-Q1", "{\"families\":30}");

        meeting("south", "2025-12-31", "LOCAL_PARTNERSHIP", 2000, "SCHOOLS,OTHER");
        meeting("south", "2026-02-02", "LOCAL_PARTNERSHIP", 250, "SCHOOLS,HEALTH,POLICE,PARENTS_CARERS,HUB_STAFF");
        HttpResponse<String> imported = server.send("POST", "/hubs/south/volunteer-hours/imports", "text/csv",
                "volunteerRef,date,hours,activity\r\nS-1,2026-01-05,4,GROUP_SESSIONS\r\nS-2,2026-01-06,2.75,TRANSPORT\r\n"
                        + "S-1,2026-02-07,1,OTHER\r\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        meeting("south", "2026-06-30", "SUB_GROUP", 0, "HEALTH");
        hours("south", "S-2", "2026-06-30", "1", "OUTREACH");

        meeting("east", "2026-04-01", "LOCAL_PARTNERSHIP", 0, "SCHOOLS", action("OPEN", "2026-06-29"));
        hours("east", "E-1", "2026-04-02", "24", "EVENTS");
        String attendance = agreement("east", "Attendance support", "2026-04-01", "2027-03-31", measure("absences", "AT_MOST", "10", "0"));
        actuals("east", attendance, "2026-Q1", "{\"absences\":10}");

        agreement("west", "Ended service", "2025-04-01", "2025-09-30", measure("sessions", "AT_LEAST", "5", "0"));
        hours("west", "W-1", "2026-01-01", "0.5", "OUTREACH");

        for (String quarter : List.of("2025-Q3", "2025-Q4", "2026-Q1")) {
            HttpResponse<String> rolledUp = server.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json",
                    "{\"quarter\":\"" + quarter + "\"}");
            assertThat(rolledUp.statusCode()).as(rolledUp.body()).isEqualTo(200);
            assertThat(json(rolledUp).at("/outcomes/0/summariesKept").asInt()).as("the county's summary and each hub's").isEqualTo(1 + 4);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void aHubsReturnHasEveryFigureAsDefined() throws IOException {
        JsonNode north = json(server.get("/hubs/north/returns/2025-Q3"));
        assertThat(north.at("/status").asText()).isEqualTo("DRAFT");
        assertThat(north.at("/inputsCount").asInt()).isEqualTo(1 + 2 + 1);
        JsonNode meetings = north.at("/meetings");
        assertThat(meetings.at("/held").asInt()).isEqualTo(1);
        assertThat(meetings.at("/byType").toString()).isEqualTo("{\"LOCAL_PARTNERSHIP\":1,\"COUNTY_PARTNERSHIP\":0,\"SUB_GROUP\":0}");
        assertThat(meetings.at("/attendance").asInt()).isEqualTo(3);
        assertThat(meetings.at("/sectorsRepresented").toString()).isEqualTo("[\"HEALTH\",\"PARENTS_CARERS\",\"SCHOOLS\"]");
        assertThat(meetings.at("/sectorCoverage").decimalValue()).isEqualByComparingTo("0.2143"); // 3 of 14
        assertThat(meetings.at("/userVoiceMeetings").asInt()).isEqualTo(1);
        assertThat(meetings.at("/actions").toString()).isEqualTo("{\"open\":1,\"done\":1,\"overdue\":1}");
        assertThat(meetings.at("/spendPence").asLong()).isEqualTo(4500);
        assertThat(meetings.at("/budgetPence").asLong()).isEqualTo(75_000);
        JsonNode volunteering = north.at("/volunteering");
        assertThat(volunteering.at("/hours").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(volunteering.at("/activeVolunteers").asInt()).isEqualTo(2);
        assertThat(volunteering.at("/newVolunteers").asInt()).isEqualTo(2);
        assertThat(volunteering.at("/retainedVolunteers").asInt()).isZero();
        assertThat(volunteering.at("/retentionRate").isNull()).isTrue();
        assertThat(volunteering.at("/hoursByActivity/OUTREACH").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(volunteering.at("/hoursByActivity/EVENTS").decimalValue()).isEqualByComparingTo("1.50");
        JsonNode agreements = north.at("/agreements");
        assertThat(agreements.at("/measures/0/rag").asText()).isEqualTo("GREEN");   // 40 ≥ 40
        assertThat(agreements.at("/measures/1/rag").asText()).isEqualTo("AMBER");   // 6 ≤ 5 × 1.2
        assertThat(agreements.at("/green").asInt()).isEqualTo(1);
        assertThat(agreements.at("/amber").asInt()).isEqualTo(1);
        assertThat(agreements.at("/compliance").decimalValue()).isEqualByComparingTo("0.5000");
        assertThat(north.at("/completeness").toString()).isEqualTo("{\"expected\":3,\"present\":3,\"missing\":[]}");
    }

    @Test
    @Order(2)
    void acrossTheYearEndVolunteersAreNewRetainedOrLapsedAndActionsDueOnTheLastDayAreNotOverdue() throws IOException {
        JsonNode q4 = json(server.get("/hubs/north/returns/2025-Q4"));
        assertThat(q4.at("/meetings/held").asInt()).isEqualTo(2);
        assertThat(q4.at("/meetings/byType").toString()).isEqualTo("{\"LOCAL_PARTNERSHIP\":0,\"COUNTY_PARTNERSHIP\":1,\"SUB_GROUP\":1}");
        assertThat(q4.at("/meetings/actions").toString()).isEqualTo("{\"open\":2,\"done\":0,\"overdue\":1}");
        assertThat(q4.at("/volunteering/hours").decimalValue()).isEqualByComparingTo("3.25");   // includes 31 March
        assertThat(q4.at("/volunteering/newVolunteers").asInt()).isEqualTo(1);                 // V-3
        assertThat(q4.at("/volunteering/retainedVolunteers").asInt()).isEqualTo(1);            // V-1
        assertThat(q4.at("/volunteering/retentionRate").decimalValue()).isEqualByComparingTo("0.5000");
        assertThat(q4.at("/agreements/measures/0/rag").asText()).isEqualTo("AMBER");            // 36 = 40 × 0.9
        assertThat(q4.at("/agreements/measures/1/rag").asText()).isEqualTo("RED");             // 6.01 > 6

        JsonNode q1 = json(server.get("/hubs/north/returns/2026-Q1"));
        assertThat(q1.at("/meetings/held").asInt()).isZero();
        assertThat(q1.at("/meetings/sectorCoverage").decimalValue()).isEqualByComparingTo("0.0000");
        assertThat(q1.at("/volunteering/hours").decimalValue()).isEqualByComparingTo("3.00");   // from 1 April
        assertThat(q1.at("/volunteering/newVolunteers").asInt()).isEqualTo(1);                 // V-4; V-2 was seen in 2025-Q3
        assertThat(q1.at("/volunteering/retainedVolunteers").asInt()).isZero();
        assertThat(q1.at("/volunteering/retentionRate").decimalValue()).isEqualByComparingTo("0.0000");
        assertThat(q1.at("/agreements").toString()).contains("\"red\":1", "\"noData\":1");
        assertThat(q1.at("/agreements/compliance").decimalValue()).isEqualByComparingTo("0.0000");
        assertThat(q1.at("/completeness/present").asInt()).isEqualTo(1);
        assertThat(q1.at("/completeness/missing").toString())
                .isEqualTo("[\"a partnership meeting\",\"actuals for Family support (1 of 2 measures)\"]");

        JsonNode south = json(server.get("/hubs/south/returns/2025-Q4"));
        assertThat(south.at("/meetings/sectorCoverage").decimalValue()).isEqualByComparingTo("1.0000");
        assertThat(south.at("/meetings/budgetPence").asLong()).isEqualTo(62_501);               // 250,002 / 4 rounded half-up
        assertThat(south.at("/volunteering/hours").decimalValue()).isEqualByComparingTo("7.75");
        assertThat(south.at("/agreements/compliance").isNull()).isTrue();
        JsonNode east = json(server.get("/hubs/east/returns/2026-Q1"));
        assertThat(east.at("/meetings/budgetPence").asLong()).isEqualTo(3);                     // 10 / 4 = 2.5 → 3
        assertThat(east.at("/meetings/actions/overdue").asInt()).isEqualTo(1);
        assertThat(east.at("/agreements/compliance").decimalValue()).isEqualByComparingTo("1.0000"); // 10 ≤ 10
        JsonNode west = json(server.get("/hubs/west/returns/2025-Q3"));
        assertThat(west.at("/agreements/measures").size()).as("an agreement that ended before the quarter").isZero();
        assertThat(west.at("/completeness").toString()).isEqualTo("{\"expected\":2,\"present\":0,\"missing\":[\"a partnership meeting\",\"volunteer hours\"]}");
    }

    @Test
    @Order(3)
    void theCountyReturnSumsTheHubsRecomputesRatesAndBenchmarks() throws IOException {
        JsonNode county = json(server.get("/returns/2026-Q1"));
        assertThat(county.at("/hubs").size()).isEqualTo(4);
        JsonNode totals = county.at("/county");
        assertThat(totals.at("/meetingsHeld").asInt()).isEqualTo(2);
        assertThat(totals.at("/actionsOverdue").asInt()).isEqualTo(1);
        assertThat(totals.at("/budgetPence").asLong()).isEqualTo(75_000 + 62_501 + 3);
        assertThat(totals.at("/sectorCoverage").decimalValue()).isEqualByComparingTo("0.1875");       // mean of 0, .25, .5, 0
        assertThat(totals.at("/volunteeringHours").decimalValue()).isEqualByComparingTo("28.00");
        assertThat(totals.at("/activeVolunteers").asInt()).isEqualTo(4);
        assertThat(totals.at("/newVolunteers").asInt()).isEqualTo(2);
        assertThat(totals.at("/retentionRate").decimalValue()).isEqualByComparingTo("0.2000");        // 1 retained of 5
        assertThat(totals.at("/compliance").decimalValue()).isEqualByComparingTo("0.5000");           // 1 green of 2 rated

        JsonNode hours = county.at("/benchmarks/volunteering.hours");
        assertThat(hours.at("/median").decimalValue()).isEqualByComparingTo("2.00");                  // (1 + 3) / 2
        assertThat(standings(hours)).containsExactly(
                "east rank 1 quartile 1 change 24", "north rank 2 quartile 2 change -0.25",
                "south rank 3 quartile 3 change -6.75", "west rank 4 quartile 4 change -0.5");
        JsonNode retention = county.at("/benchmarks/volunteering.retentionRate");
        assertThat(retention.at("/median").decimalValue()).isEqualByComparingTo("0.0000");
        assertThat(standings(retention)).containsExactly(
                "east rank null quartile null change null", "north rank 2 quartile 2 change -0.5",
                "south rank 1 quartile 1 change null", "west rank 2 quartile 2 change null");
        JsonNode held = county.at("/benchmarks/meetings.held");
        assertThat(held.at("/median").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(standings(held)).containsExactly(
                "east rank 1 quartile 1 change 1", "north rank 3 quartile 3 change -2",
                "south rank 1 quartile 1 change 0", "west rank 3 quartile 3 change 0");
    }

    @Test
    @Order(4)
    void theSummariesCarryTheSameFiguresAsCsvAndPdf() throws IOException {
        HttpResponse<byte[]> csv = download("/returns/2026-Q1/summary.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"hub-returns-county-2026-Q1-draft.csv\"");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFhubId,hubName,quarter,status,");
        List<String> rows = List.of(text.substring(1).split("\r\n"));
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1)).startsWith("east,East Hub,2026-Q1,DRAFT,");
        assertThat(rows.get(5)).startsWith("COUNTY,All hubs (4),2026-Q1,DRAFT,");
        assertThat(column(rows, "north", "volunteeringHours")).isEqualTo("3.00");
        assertThat(column(rows, "COUNTY", "volunteeringHours")).isEqualTo("28.00");
        assertThat(column(rows, "COUNTY", "retentionRate")).isEqualTo("0.2000");
        assertThat(column(rows, "east", "rankVolunteeringHours")).isEqualTo("1");
        assertThat(text).doesNotContain("V-1", "S-2", "E-1");

        HttpResponse<byte[]> pdf = download("/returns/2026-Q1/summary.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String pdfText = pdfText(pdf.body());
        assertThat(pdfText).contains("County summary of hub returns — 2026-Q1", "1 April 2026 to 30 June 2026", "DRAFT",
                "North Hub", "South Hub", "East Hub", "West Hub", "28.00", "20.0%", "Family support",
                "/ £1,375.04"); // the quarter's budget, 75,000 + 62,501 + 3 pence, as a council writes money
        assertThat(pdfText).doesNotContain("V-1", "E-1");

        HttpResponse<byte[]> hubCsv = download("/hubs/south/returns/2026-Q1/summary.csv");
        assertThat(hubCsv.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"hub-returns-south-2026-Q1-draft.csv\"");
        assertThat(new String(hubCsv.body(), StandardCharsets.UTF_8).split("\r\n")).hasSize(2);
        assertThat(pdfText(download("/hubs/east/returns/2026-Q1/summary.pdf").body())).contains("East Hub — 2026-Q1", "Attendance support", "GREEN");
    }

    /**
     * The returns zip carries only part of OpenPDF (lambda-zip.xml): the same summaries, rendered in a fresh JVM from
     * the zip's own classes, from the county return as the API gives it out.
     */
    @Test
    @Order(4)
    void theReturnsZipRendersTheSameSummariesFromItsOwnClasses(@TempDir Path work) throws Exception {
        Path countyJson = work.resolve("county.json");
        java.nio.file.Files.writeString(countyJson, server.get("/returns/2026-Q1").body());
        List<String> classpath = returnsZipClasspath(work);
        Path countyPdf = work.resolve("county.pdf");
        Path hubPdf = work.resolve("hub.pdf");
        Process render = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(java.io.File.pathSeparator, classpath), SummaryPdfFromZip.class.getName(),
                countyJson.toString(), countyPdf.toString(), hubPdf.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("render.txt").toFile()).start();

        assertThat(render.waitFor()).as(java.nio.file.Files.readString(work.resolve("render.txt"))).isZero();
        assertThat(pdfText(java.nio.file.Files.readAllBytes(countyPdf)))
                .isEqualTo(pdfText(download("/returns/2026-Q1/summary.pdf").body()))
                .contains("County summary of hub returns — 2026-Q1", "North Hub", "West Hub", "Family support");
        assertThat(pdfText(java.nio.file.Files.readAllBytes(hubPdf))).contains("2026-Q1");
    }

    /**
     * A PDF download served a summary the rollup kept does not load OpenPDF (some 550 classes of a cold start: README,
     * "Performance"); one with no summary kept renders, and does. Each in a fresh JVM on the returns zip, as Lambda runs it.
     */
    @Test
    @Order(4)
    void aDownloadServedAKeptSummaryLoadsNoPdfLibraryAndOneThatRendersDoes(@TempDir Path work) throws Exception {
        Path event = work.resolve("event.json");
        java.nio.file.Files.writeString(event, java.nio.file.Files.readString(LocalServer.ROOT.resolve("events/hub-summary-pdf.json"))
                .replace("banbury", "north"));

        List<String> keptClasses = requestFromReturnsZip(work.resolve("kept"), "uk.hubreturns.returns.HubSummaryPdfHandler", event);
        try (DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(server.dynamoDbEndpoint())) {
            dynamoDb.deleteItem(request -> request.tableName(RECORDS_TABLE).key(Map.of(
                    "pk", AttributeValue.fromS("SUMMARY_PDF#2026-Q1"), "sk", AttributeValue.fromS("HUB#north"))));
        }
        List<String> renderedClasses = requestFromReturnsZip(work.resolve("rendered"), "uk.hubreturns.returns.HubSummaryPdfHandler", event);

        assertThat(keptClasses).noneMatch(line -> line.contains(" com.lowagie."));
        assertThat(renderedClasses).anyMatch(line -> line.contains(" com.lowagie."));
        try (DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(server.dynamoDbEndpoint())) {
            assertThat(dynamoDb.getItem(request -> request.tableName(RECORDS_TABLE).consistentRead(true).key(Map.of(
                    "pk", AttributeValue.fromS("SUMMARY_PDF#2026-Q1"), "sk", AttributeValue.fromS("HUB#north")))).hasItem())
                    .as("kept again by the download that rendered it").isTrue();
        }
    }

    /** As Lambda runs the returns functions: the zip's root, then lib/*.jar; then this module's test classes, for the mains. */
    private static List<String> returnsZipClasspath(Path work) throws Exception {
        Path unzipped = DeploymentRulesIT.unzip(LocalServer.ROOT.resolve("functions/returns/target/returns-lambda.zip"), work.resolve("zip"));
        List<String> classpath = new ArrayList<>(List.of(unzipped.toString()));
        try (var jars = java.nio.file.Files.list(unzipped.resolve("lib"))) {
            jars.sorted().forEach(jar -> classpath.add(jar.toString()));
        }
        classpath.add(Path.of(RequestFromZip.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        return classpath;
    }

    /** The classes a fresh JVM on the returns zip loaded to create the handler and answer the event (HTTP 200 asserted). */
    private static List<String> requestFromReturnsZip(Path work, String handlerClass, Path event) throws Exception {
        List<String> classpath = returnsZipClasspath(work);
        Path classes = work.resolve("classes.log");
        Path answer = work.resolve("answer.json");
        ProcessBuilder request = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-cp", String.join(java.io.File.pathSeparator, classpath),
                RequestFromZip.class.getName(), handlerClass, event.toString(), answer.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("output.txt").toFile());
        request.environment().putAll(Map.of("AWS_REGION", LocalDynamoDbClient.REGION.id(), "TABLE_NAME", RECORDS_TABLE,
                "AWS_ACCESS_KEY_ID", LocalDynamoDbClient.ACCESS_KEY_ID, "AWS_SECRET_ACCESS_KEY", LocalDynamoDbClient.SECRET_ACCESS_KEY,
                "DYNAMODB_ENDPOINT", server.dynamoDbEndpoint().toString(), "FINANCIAL_YEAR_START_MONTH", "4"));
        Process process = request.start();
        assertThat(process.waitFor()).as(java.nio.file.Files.readString(work.resolve("output.txt"))).isZero();
        assertThat(JSON.readTree(java.nio.file.Files.readString(answer)).at("/statusCode").asInt()).isEqualTo(200);
        return java.nio.file.Files.readAllLines(classes);
    }

    @Test
    @Order(5)
    void rollingUpAgainGivesTheSameReturns() throws IOException {
        JsonNode before = json(server.get("/returns/2025-Q4"));
        server.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json", "{\"quarter\":\"2025-Q4\"}");
        JsonNode after = json(server.get("/returns/2025-Q4"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) before).remove("generatedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) after).remove("generatedAt");
        assertThat(after.at("/county")).isEqualTo(before.at("/county"));
        assertThat(after.at("/benchmarks")).isEqualTo(before.at("/benchmarks"));
    }

    @Test
    @Order(6)
    void aSignedOffQuarterIsFinalAndRefusesLateEditsUntilReopened() throws IOException {
        HttpResponse<String> notEnded = server.send("POST", "/returns/2099-Q1/sign-off", "application/json", "");
        assertThat(notEnded.statusCode()).as(notEnded.body()).isEqualTo(409);
        assertThat(json(notEnded).at("/detail").asText()).isEqualTo("Quarter 2099-Q1 has not ended yet (its last day is 2099-06-30): "
                + "it can be signed off from the day after, once its records are in.");
        assertThat(server.get("/returns/2099-Q1").statusCode()).as("nothing was rolled up or frozen").isEqualTo(404);
        HttpResponse<String> signedOff = server.send("POST", "/returns/2026-Q1/sign-off", "application/json", "");
        assertThat(signedOff.statusCode()).as(signedOff.body()).isEqualTo(200);
        assertThat(json(signedOff).at("/status").asText()).isEqualTo("FINAL");
        assertThat(json(server.get("/hubs/north/returns/2026-Q1")).at("/status").asText()).isEqualTo("FINAL");
        JsonNode northQuarters = json(server.get("/hubs/north/returns"));
        assertThat(northQuarters.at("/items/0/quarter").asText()).isEqualTo("2026-Q1");
        assertThat(northQuarters.at("/items/0/status").asText()).isEqualTo("FINAL");
        assertThat(northQuarters.at("/items/1/status").asText()).as("2025-Q4 is still a draft").isEqualTo("DRAFT");
        JsonNode newest = json(server.get("/hubs/north/returns?limit=1"));
        assertThat(newest.at("/items")).hasSize(1);
        JsonNode older = json(server.get("/hubs/north/returns?limit=1&cursor=" + newest.at("/nextCursor").asText()));
        assertThat(older.at("/items/0/quarter").asText()).isEqualTo(northQuarters.at("/items/1/quarter").asText());
        assertThat(server.get("/hubs/north/returns?limit=0").statusCode()).isEqualTo(400);
        assertThat(server.get("/hubs/north/returns?cursor=zzz").statusCode()).isEqualTo(400);

        HttpResponse<String> late = server.send("POST", "/hubs/north/volunteer-hours", "application/json",
                "{\"volunteerRef\":\"V-9\",\"date\":\"2026-05-05\",\"hours\":1,\"activity\":\"ADMIN\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(late).at("/detail").asText()).startsWith("Quarter 2026-Q1 is signed off");
        assertThat(json(server.get("/hubs/north/volunteer-hours?quarter=2026-Q1")).at("/totalHours").decimalValue())
                .isEqualByComparingTo("3.00");
        HttpResponse<String> lateMeeting = server.send("POST", "/hubs/east/meetings", "application/json", meetingBody("2026-06-01",
                "LOCAL_PARTNERSHIP", 0, "SCHOOLS"));
        assertThat(lateMeeting.statusCode()).isEqualTo(409);
        HttpResponse<String> rolledUp = server.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json",
                "{\"quarter\":\"2026-Q1\"}");
        assertThat(json(rolledUp).at("/outcomes/0/skippedBecauseSignedOff").asBoolean()).isTrue();
        assertThat(download("/returns/2026-Q1/summary.csv").headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"hub-returns-county-2026-Q1.csv\"");
        assertThat(pdfText(download("/returns/2026-Q1/summary.pdf").body())).as("the draft kept at the rollup is not served")
                .contains("FINAL (signed off)").doesNotContain("DRAFT");
        assertThat(pdfText(download("/hubs/north/returns/2026-Q1/summary.pdf").body())).contains("FINAL (signed off)");

        HttpResponse<String> reopened = server.send("POST", "/returns/2026-Q1/reopen", "application/json", "");
        assertThat(json(reopened).at("/status").asText()).isEqualTo("DRAFT");
        assertThat(json(reopened).at("/signOff/reopenedAt").isNull()).isFalse();
        assertThat(pdfText(download("/returns/2026-Q1/summary.pdf").body())).contains("DRAFT").doesNotContain("FINAL");
        assertThat(server.send("POST", "/hubs/north/volunteer-hours", "application/json",
                "{\"volunteerRef\":\"V-9\",\"date\":\"2026-05-05\",\"hours\":1,\"activity\":\"ADMIN\"}").statusCode()).isEqualTo(201);
    }

    @Test
    @Order(7)
    void aQuarterNobodyRolledUpIsANotFoundProblemAndABadQuarterA400() throws IOException {
        HttpResponse<String> missing = server.get("/returns/2030-Q2");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).at("/detail").asText()).startsWith("There is no return for 2030-Q2 yet.");
        HttpResponse<String> bad = server.get("/returns/2026-Q5");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).at("/errors/0/field").asText()).isEqualTo("quarter");
    }

    @Test
    @Order(8)
    void exportedAndImportedIntoAnEmptyTableTheRecordsRollUpToTheSameReturns(@TempDir Path everything, @TempDir Path oneQuarter)
            throws IOException {
        List<String> quarters = List.of("2025-Q3", "2025-Q4", "2026-Q1");
        quarters.forEach(quarter -> rollUp(server, quarter));
        Map<String, JsonNode> original = returns(server, quarters);
        try (DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(server.dynamoDbEndpoint())) {
            new RecordsExport(dynamoDb, RECORDS_TABLE, Clock.systemUTC()).export(Optional.empty(), everything, count -> { });
            new RecordsExport(dynamoDb, RECORDS_TABLE, Clock.systemUTC()).export(Quarter.parse("2026-Q1"), oneQuarter, count -> { });
        }

        try (LocalServer restored = LocalServer.start(Storage.inMemory());
             DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(restored.dynamoDbEndpoint())) {
            RecordsImport.withRetries(dynamoDb, RECORDS_TABLE)
                    .importFrom(everything, count -> { });
            quarters.forEach(quarter -> rollUp(restored, quarter));
            Map<String, JsonNode> recomputed = returns(restored, quarters);

            assertThat(recomputed.keySet()).isEqualTo(original.keySet()).hasSize(3 * 5);
            original.forEach((path, before) -> assertThat(withoutGeneratedAt(recomputed.get(path))).as(path)
                    .isEqualTo(withoutGeneratedAt(before)));
            assertThat(Instant.parse(recomputed.get("/returns/2025-Q4").at("/generatedAt").asText()))
                    .as("recomputed from the restored records, not just restored")
                    .isAfter(Instant.parse(original.get("/returns/2025-Q4").at("/generatedAt").asText()));
        }

        try (LocalServer restored = LocalServer.start(Storage.inMemory());
             DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(restored.dynamoDbEndpoint())) {
            RecordsImport.withRetries(dynamoDb, RECORDS_TABLE)
                    .importFrom(oneQuarter, count -> { });
            rollUp(restored, "2026-Q1");
            Map<String, JsonNode> recomputed = returns(restored, List.of("2026-Q1"));

            recomputed.forEach((path, after) -> assertThat(withoutGeneratedAt(after)).as(path)
                    .isEqualTo(withoutGeneratedAt(original.get(path))));
            assertThat(restored.get("/hubs/north/meetings?quarter=2025-Q4").body()).contains("\"items\":[]");
        }
    }

    @Test
    @Order(9)
    void theRowsOfAnImportStillBeingWrittenCountInNoReturnUntilTheImportIsComplete() throws IOException {
        try (LocalServer fresh = LocalServer.start(Storage.inMemory());
             DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(fresh.dynamoDbEndpoint())) {
            created(fresh.send("POST", "/hubs", "application/json", "{\"hubId\":\"solo\",\"name\":\"Solo Hub\",\"area\":\"Oxfordshire\","
                    + "\"annualBudgetPence\":0}"));
            created(fresh.send("POST", "/hubs/solo/volunteer-hours", "application/json",
                    "{\"volunteerRef\":\"V-1\",\"date\":\"2026-05-01\",\"hours\":2,\"activity\":\"EVENTS\"}"));
            String importId = JSON.readTree(created(fresh.send("POST", "/hubs/solo/volunteer-hours/imports", "text/csv",
                    "volunteerRef,date,hours,activity\r\nS-1,2026-05-02,3,OUTREACH\r\nS-2,2026-05-03,1.5,OUTREACH\r\n")))
                    .get("importId").asText();
            Map<String, AttributeValue> ledgerKey = Map.of("pk", AttributeValue.fromS("HUB#solo"), "sk", AttributeValue.fromS("IMPORT_LEDGER"));
            Map<String, AttributeValue> theImport = Map.of(":import", AttributeValue.fromSs(List.of(importId)));

            // The ledger as the import leaves it while its rows are being written (or after it stopped part-way).
            dynamoDb.updateItem(request -> request.tableName(RECORDS_TABLE).key(ledgerKey).updateExpression("ADD inProgress :import")
                    .expressionAttributeValues(theImport));
            rollUp(fresh, "2026-Q1");
            JsonNode whileWritten = json(fresh.get("/hubs/solo/returns/2026-Q1")).at("/volunteering");

            dynamoDb.updateItem(request -> request.tableName(RECORDS_TABLE).key(ledgerKey).updateExpression("DELETE inProgress :import")
                    .expressionAttributeValues(theImport));
            rollUp(fresh, "2026-Q1");
            JsonNode complete = json(fresh.get("/hubs/solo/returns/2026-Q1")).at("/volunteering");

            assertThat(whileWritten.at("/hours").decimalValue()).isEqualByComparingTo("2");
            assertThat(whileWritten.at("/activeVolunteers").asInt()).isEqualTo(1);
            assertThat(whileWritten.at("/hoursByActivity/OUTREACH").decimalValue()).isEqualByComparingTo("0");
            assertThat(complete.at("/hours").decimalValue()).isEqualByComparingTo("6.5");
            assertThat(complete.at("/activeVolunteers").asInt()).isEqualTo(3);
            assertThat(complete.at("/hoursByActivity/OUTREACH").decimalValue()).isEqualByComparingTo("4.5");
        }
    }

    private static void rollUp(LocalServer target, String quarter) {
        HttpResponse<String> rolledUp = target.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json",
                "{\"quarter\":\"" + quarter + "\"}");
        assertThat(rolledUp.statusCode()).as(rolledUp.body()).isEqualTo(200);
    }

    private static Map<String, JsonNode> returns(LocalServer target, List<String> quarters) throws IOException {
        Map<String, JsonNode> returns = new TreeMap<>();
        for (String quarter : quarters) {
            returns.put("/returns/" + quarter, json(target.get("/returns/" + quarter)));
            for (String hubId : List.of("north", "south", "east", "west")) {
                returns.put("/hubs/" + hubId + "/returns/" + quarter, json(target.get("/hubs/" + hubId + "/returns/" + quarter)));
            }
        }
        return returns;
    }

    private static JsonNode withoutGeneratedAt(JsonNode returned) {
        JsonNode copy = returned.deepCopy();
        copy.findParents("generatedAt").forEach(parent -> ((com.fasterxml.jackson.databind.node.ObjectNode) parent).remove("generatedAt"));
        return copy;
    }

    private static List<String> standings(JsonNode benchmark) {
        List<String> lines = new ArrayList<>();
        benchmark.at("/hubs").forEach(standing -> lines.add(standing.at("/hubId").asText()
                + " rank " + text(standing.at("/rank")) + " quartile " + text(standing.at("/quartile"))
                + " change " + text(standing.at("/change"))));
        return lines;
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? "null" : node.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String column(List<String> rows, String hubId, String column) {
        int index = List.of(rows.get(0).split(",", -1)).indexOf(column);
        return rows.stream().filter(row -> row.startsWith(hubId + ",")).findFirst().orElseThrow().split(",", -1)[index];
    }

    private static HttpResponse<byte[]> download(String path) {
        try {
            return server.client().send(HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + server.adminToken()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isLessThan(500);
        return JSON.readTree(response.body());
    }

    private static void hub(String hubId, String name, long budgetPence, String requiredSectors) {
        String body = "{\"hubId\":\"" + hubId + "\",\"name\":\"" + name + "\",\"area\":\"Oxfordshire\",\"annualBudgetPence\":" + budgetPence
                + (requiredSectors == null ? "" : ",\"requiredSectors\":" + requiredSectors) + "}";
        created(server.send("POST", "/hubs", "application/json", body));
    }

    private static String action(String status, String dueDate) {
        return "{\"description\":\"Follow up\",\"owner\":\"Hub Manager\",\"dueDate\":\"" + dueDate + "\",\"status\":\"" + status + "\"}";
    }

    private static void meeting(String hubId, String date, String type, long costPence, String sectors, String... actions) {
        created(server.send("POST", "/hubs/" + hubId + "/meetings", "application/json", meetingBody(date, type, costPence, sectors, actions)));
    }

    private static String meetingBody(String date, String type, long costPence, String sectors, String... actions) {
        List<String> attendees = new ArrayList<>();
        int i = 0;
        for (String sector : sectors.split(",")) {
            attendees.add("{\"name\":\"Member " + (++i) + "\",\"organisation\":\"Partner\",\"sector\":\"" + sector + "\"}");
        }
        return "{\"date\":\"" + date + "\",\"type\":\"" + type + "\",\"title\":\"Partnership meeting\",\"chairs\":[\"Hub Manager\"],"
                + "\"attendees\":[" + String.join(",", attendees) + "],\"actions\":[" + String.join(",", actions) + "],"
                + "\"costPence\":" + costPence + "}";
    }

    private static void hours(String hubId, String ref, String date, String hours, String activity) {
        created(server.send("POST", "/hubs/" + hubId + "/volunteer-hours", "application/json",
                "{\"volunteerRef\":\"" + ref + "\",\"date\":\"" + date + "\",\"hours\":" + hours + ",\"activity\":\"" + activity + "\"}"));
    }

    private static String measure(String measureId, String direction, String target, String tolerance) {
        return "{\"measureId\":\"" + measureId + "\",\"name\":\"Measure " + measureId + "\",\"unit\":\"count\",\"target\":" + target
                + ",\"direction\":\"" + direction + "\",\"amberTolerancePercent\":" + tolerance + "}";
    }

    private static String agreement(String hubId, String title, String start, String end, String... measures) {
        HttpResponse<String> response = server.send("POST", "/hubs/" + hubId + "/agreements", "application/json",
                "{\"title\":\"" + title + "\",\"provider\":\"Provider CIC\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end
                        + "\",\"measures\":[" + String.join(",", measures) + "]}");
        try {
            return JSON.readTree(created(response)).get("agreementId").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void actuals(String hubId, String agreementId, String quarter, String values) {
        HttpResponse<String> response = server.send("PUT", "/hubs/" + hubId + "/agreements/" + agreementId + "/actuals/" + quarter,
                "application/json", "{\"values\":" + values + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }
}
