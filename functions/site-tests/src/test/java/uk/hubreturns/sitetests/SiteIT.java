package uk.hubreturns.sitetests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.devkit.LocalDynamoDbClient;
import uk.hubreturns.local.LocalRuntime;
import uk.hubreturns.local.ServeOptions;
import uk.hubreturns.local.Storage;

/**
 * The site as people use it, in Debian's Chromium against the local runtime: every form submitted and its record
 * found through the API, server-side errors shown against the fields, a spreadsheet with bad rows, the dashboard's
 * figures against the API's, a download, an accessibility check of every page, and screenshots at desktop and
 * phone width in target/screenshots/.
 */
class SiteIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final List<String> PAGES = List.of("index.html", "meeting.html", "volunteering.html", "agreements.html",
            "hub.html", "downloads.html", "hubs.html", "changes.html", "sign-in.html");

    private static LocalRuntime runtime;
    private static Playwright playwright;
    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String adminToken;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startTheRuntimeAndChromium() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser tests need Debian's Chromium at " + CHROMIUM + ". Install it with: apt-get install -y chromium");
        }
        runtime = LocalRuntime.start(new ServeOptions(ROOT.resolve("template.yaml"), 0, Storage.inMemory(), ROOT.resolve("static-site/dist")));
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--no-first-run", "--disable-sync")));
        adminToken = token("{\"role\":\"county-admin\"}");
        api("POST", "/hubs", "{\"hubId\":\"north\",\"name\":\"North Hub\",\"area\":\"Banbury\",\"annualBudgetPence\":400000}");
        api("POST", "/hubs", "{\"hubId\":\"south\",\"name\":\"South Hub\",\"area\":\"Didcot\",\"annualBudgetPence\":300000}");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (runtime != null) runtime.close();
    }

    @BeforeEach
    void freshTab() {
        context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900).setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(10_000);
    }

    @AfterEach
    void closeTab() {
        context.close();
    }

    private static String url(String path) {
        return "http://localhost:" + runtime.port() + path;
    }

    /** Opens a page and waits until its script has taken over (so a click is not a plain HTML form post). */
    private void open(String urlOfPage) {
        page.navigate(urlOfPage);
        page.waitForSelector("body[data-ready=true]");
    }

    /** The meeting form's date, title and first chair (the hub manager): what every meeting needs. */
    private void fillMeeting(String day, String month, String year, String title) {
        page.locator("#date-day").fill(day);
        page.locator("#date-month").fill(month);
        page.locator("#date-year").fill(year);
        page.locator("#title").fill(title);
        page.locator("#chair-1").fill("Hub Manager");
    }

    private void signInAs(String role, String hubs) {
        open(url("/sign-in.html"));
        String label = Map.of("county-admin", "County administrator", "hub-staff", "Hub staff", "partner", "Partner").get(role);
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
        if (hubs != null) {
            page.locator("#hubs").fill(hubs);
        }
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/"));
        page.waitForSelector("body[data-ready=true]");
    }

    @Test
    void recordingAMeetingStoresItAndBadInputIsShownAgainstTheFields() throws Exception {
        signInAs("hub-staff", "north");
        open(url("/meeting.html"));
        page.locator("#title").fill("");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("There is a problem");
        assertThat(page.locator(".govuk-error-summary")).containsText("Date must include a day, month and year");
        assertThat(page.locator("#title").locator("xpath=..")).hasClass(java.util.regex.Pattern.compile(".*govuk-form-group--error.*"));

        fillMeeting("30", "2", "2026", "North hub partnership");
        page.locator("[data-role=name]").first().fill("Head of Banbury Academy");
        page.locator("[data-role=sector]").first().selectOption("SCHOOLS");
        page.locator("#cost").fill("45.50");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Date is not a real calendar date");
        assertThat(page.locator("#date").locator("xpath=preceding-sibling::p[contains(@class,'govuk-error-message')]")).isVisible();

        page.locator("#date-day").fill("14");
        page.locator("#date-month").fill("5");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The meeting was recorded");

        JsonNode meetings = api("GET", "/hubs/north/meetings?quarter=2026-Q1", null);
        assertThat(meetings.get("items")).hasSize(1);
        assertThat(meetings.at("/items/0/title").asText()).isEqualTo("North hub partnership");
        assertThat(meetings.at("/items/0/costPence").asLong()).isEqualTo(4550);
        assertThat(meetings.at("/items/0/attendees/0/sector").asText()).isEqualTo("SCHOOLS");
    }

    @Test
    void anUploadThatStoppedBeforeItFinishedIsPointedOutWithWhatToDo() throws Exception {
        String importId = "5e".repeat(32);
        // What an upload leaves behind when the function is stopped mid-write and nobody gets an answer.
        try (DynamoDbClient dynamoDb = LocalDynamoDbClient.connect(runtime.dynamoDbEndpoint())) {
            dynamoDb.updateItem(r -> r.tableName("RecordsTable").key(Map.of("pk", AttributeValue.fromS("HUB#north"),
                    "sk", AttributeValue.fromS("IMPORT_LEDGER"))).updateExpression("ADD inProgress :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(importId)))));
            try {
                signInAs("hub-staff", "north");
                open(url("/volunteering.html"));
                assertThat(page.locator("#entries-unfinished")).containsText("An upload of a spreadsheet for this hub did not finish");
                assertThat(page.locator("#entries-unfinished")).containsText("Upload the same file again to finish it");
                assertThat(page.locator("#entries-unfinished code")).hasText(importId.substring(0, 12) + "…");
            } finally {
                dynamoDb.updateItem(r -> r.tableName("RecordsTable").key(Map.of("pk", AttributeValue.fromS("HUB#north"),
                        "sk", AttributeValue.fromS("IMPORT_LEDGER"))).updateExpression("DELETE inProgress :id")
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(importId)))));
            }
        }
        page.reload();
        assertThat(page.locator("#entries-totals")).isVisible();
        assertThat(page.locator("#entries-unfinished")).hasCount(0);
    }

    @Test
    void aSpreadsheetWithBadRowsListsThemAndAGoodOneGivesTheNewTotals() throws Exception {
        signInAs("hub-staff", "south");
        open(url("/volunteering.html"));
        Path bad = Files.writeString(Files.createTempFile("hours", ".csv"),
                "volunteerRef,date,hours,activity,note\nS-1,2026-05-01,1,ADMIN,\"Set up\nthe hall\"\nJane Smith,2026-05-01,1,ADMIN,\n"
                        + "S-2,2026-05-02,0.3,EVENTS,\n");
        page.locator("#file").setInputFiles(bad);
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#upload-form .govuk-error-summary a[href='#file']").first())
                .containsText("Line 4 (spreadsheet row 3): volunteerRef");
        assertThat(page.locator("#upload-form .govuk-error-summary a[href='#file']").nth(1)).containsText("Line 5 (spreadsheet row 4): hours");
        assertThat(api("GET", "/hubs/south/volunteer-hours?quarter=2026-Q1", null).get("items")).isEmpty();

        Path good = Files.writeString(Files.createTempFile("hours", ".csv"),
                "volunteerRef,date,hours,activity\nS-1,2026-05-01,1,ADMIN\nS-2,2026-05-02,2.5,EVENTS\n");
        page.locator("#file").setInputFiles(good);
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2 rows imported");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2026-Q1: 3.50 hours by 2 volunteers");
        assertThat(page.locator("#entries-quarter")).hasValue("2026-Q1"); // the list moved to the upload's quarter
        page.locator("#file").setInputFiles(bad);
        page.locator("#upload-form button[type=submit]").click();
        assertThat(page.locator("#upload-form .govuk-error-summary")).containsText("Line 4 (spreadsheet row 3): volunteerRef");
        assertThat(page.locator(".govuk-notification-banner--success")).hasCount(0);

        page.locator("#volunteerRef").fill("S-3");
        page.locator("#hours").fill("1.25");
        page.locator("#entry-form button[type=submit]").click();
        assertThat(page.locator("#entry-form .govuk-error-summary")).containsText("Date must include a day, month and year");
        page.locator("#date-day").fill("3");
        page.locator("#date-month").fill("5");
        page.locator("#date-year").fill("2026");
        page.locator("#entry-form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("1.25 hours for S-3");
        assertThat(api("GET", "/hubs/south/volunteer-hours?quarter=2026-Q1", null).get("totalHours").decimalValue())
                .isEqualByComparingTo("4.75");

        Download template = page.waitForDownload(() -> page.locator("a[href='/volunteer-hours-template.csv']").click());
        assertThat(Files.readString(template.path())).startsWith("volunteerRef,date,hours,activity,note");
    }

    @Test
    void aQuartersEntriesAreListedAPageAtATimeAndOneLoggedByMistakeIsDeleted() throws Exception {
        for (int i = 1; i <= 49; i++) {
            api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"F-" + i + "\",\"date\":\"2026-10-01\",\"hours\":1,\"activity\":\"EVENTS\"}");
        }
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-71\",\"date\":\"2026-10-05\",\"hours\":2,\"activity\":\"EVENTS\"}");
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-72\",\"date\":\"2026-10-06\",\"hours\":1.5,\"activity\":\"GROUP_SESSIONS\"}");
        signInAs("hub-staff", "north");
        open(url("/hub.html?hub=north&quarter=2026-Q3"));
        page.getByText("The entries").click();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#entries-quarter")).hasValue("2026-Q3");
        assertThat(page.locator("#entries-totals")).hasText("52.50 hours by 51 volunteers in 2026-Q3.");
        assertThat(page.locator("#entries-table tr[data-entry]")).hasCount(50);
        page.locator("#entries-more").click();
        assertThat(page.locator("#entries-table tr[data-entry]")).hasCount(51);
        assertThat(page.locator("#entries-more")).hasCount(0);
        com.microsoft.playwright.Locator mistake = page.locator("#entries-table tr[data-entry]", new Page.LocatorOptions().setHasText("V-72"));
        assertThat(mistake).containsText("Group sessions");
        assertThat(seriousAccessibilityProblems()).isEmpty();

        mistake.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Delete V-72's entry of 2026-10-06")).click();
        screenshot("volunteering-entry-delete-desktop");
        mistake.locator("[data-action=keep]").click();
        assertThat(api("GET", "/hubs/north/volunteer-hours?quarter=2026-Q3&limit=100", null).get("items")).as("kept until confirmed").hasSize(51);
        mistake.locator("[data-action=delete]").click();
        mistake.locator("[data-action=confirm]").press("Enter");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The entry was deleted");
        assertThat(page.locator(".govuk-notification-banner--success")).isFocused();
        assertThat(page.locator("#entries-totals")).hasText("51.00 hours by 50 volunteers in 2026-Q3.");
        JsonNode left = api("GET", "/hubs/north/volunteer-hours?quarter=2026-Q3&limit=100", null);
        assertThat(left.get("items")).hasSize(50);
        assertThat(left.get("items").findValuesAsText("volunteerRef")).contains("V-71").doesNotContain("V-72");
    }

    @Test
    void actualsEnteredOnTheAgreementsPageAreRatedGreenAmberRed() throws Exception {
        api("POST", "/hubs/north/agreements", "{\"title\":\"Family support\",\"provider\":\"CIC\",\"startDate\":\"2026-04-01\","
                + "\"endDate\":\"2027-03-31\",\"measures\":[{\"measureId\":\"families\",\"name\":\"Families supported\",\"unit\":\"families\","
                + "\"target\":40,\"direction\":\"AT_LEAST\",\"amberTolerancePercent\":10},{\"measureId\":\"satisfied\",\"name\":"
                + "\"Rating it good\",\"unit\":\"%\",\"target\":85,\"direction\":\"AT_LEAST\",\"amberTolerancePercent\":5}]}");
        signInAs("hub-staff", "north");
        open(url("/agreements.html"));
        page.locator("#quarter").selectOption("2026-Q1");
        page.locator("[data-measure=families]").fill("37");
        page.locator("#actuals-form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Actuals saved for 2026-Q1");
        assertThat(page.locator("#actuals-table")).containsText("AMBER");
        assertThat(page.locator("#actuals-table")).containsText("Families supported (at least 40 families)");
        assertThat(page.locator("#actuals-table")).containsText("Rating it good (at least 85%)");
        page.locator("[data-measure=families]").fill("41");
        page.locator("#actuals-form button[type=submit]").click();
        assertThat(page.locator("#actuals-table")).containsText("GREEN");
    }

    @Test
    void aCountyAdministratorCreatesAnAgreementWithMeasuresAndBadOnesAreNamed() throws Exception {
        signInAs("county-admin", null);
        open(url("/agreements.html?hub=south"));
        page.locator("#title").fill("Youth club");
        page.locator("#provider").fill("Didcot Youth Trust");
        page.locator("#startDate").fill("2026-04-01");
        page.locator("#endDate").fill("2026-03-31");
        page.locator("[data-role=measureId]").first().fill("Sessions Run");
        page.locator("#agreement-form button[type=submit]").click();
        assertThat(page.locator("#agreement-form .govuk-error-summary")).containsText("Short id");
        assertThat(page.locator("#agreement-form .govuk-error-summary")).containsText("End date");

        page.locator("#startDate").fill("1/4/2026");
        page.locator("#endDate").fill("31/3/2027");
        page.locator("#add-measure").click();
        assertThat(page.locator("[data-role=measureId]")).hasCount(2);
        page.locator("[data-role=measureId]").first().fill("sessions");
        page.locator("[data-role=name]").first().fill("Sessions run");
        page.locator("[data-role=unit]").first().fill("sessions");
        page.locator("[data-role=target]").first().fill("12");
        page.locator("[data-role=amberTolerancePercent]").first().fill("10");
        page.locator("#agreement-form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Youth club with 1 measure.");
        assertThat(page.locator("#actuals-heading")).hasText("Quarterly actuals: Youth club");
        assertThat(page.locator("#title")).hasValue("");
        assertThat(page.locator("[data-role=measureId]")).hasCount(1);

        JsonNode youthClub = null;
        for (JsonNode agreement : api("GET", "/hubs/south/agreements", null).get("items")) {
            if (agreement.get("title").asText().equals("Youth club")) youthClub = agreement;
        }
        assertThat(youthClub).as("the agreement made on the page").isNotNull();
        assertThat(youthClub.at("/measures/0/target").decimalValue()).isEqualByComparingTo("12");
        assertThat(youthClub.get("measures")).as("the empty row left out").hasSize(1);
        assertThat(youthClub.get("startDate").asText()).isEqualTo("2026-04-01");
        assertThat(youthClub.get("endDate").asText()).isEqualTo("2027-03-31");
    }

    @Test
    void aCountyAdministratorChangesAnAgreementsTargetAndItsActualsAreRatedAgainstTheNewOne() throws Exception {
        JsonNode created = api("POST", "/hubs/south/agreements", """
                {"title": "Detached youth work", "provider": "Didcot Youth CIC", "startDate": "2026-04-01", "endDate": "2027-03-31",
                 "measures": [{"measureId": "contacts", "name": "Young people contacted", "unit": "people", "target": 20,
                               "direction": "AT_LEAST", "amberTolerancePercent": 10}]}""");
        String path = "/hubs/south/agreements/" + created.get("agreementId").asText();
        api("PUT", path + "/actuals/2026-Q1", "{\"values\": {\"contacts\": 17}}");
        signInAs("county-admin", null);
        open(url("/agreements.html?hub=south"));
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Actuals for Detached youth work")).click();
        assertThat(page.locator("#actuals-table")).containsText("RED");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Detached youth work")).click();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#agreement-form-heading")).hasText("Change Detached youth work");
        assertThat(page.locator("#provider")).hasValue("Didcot Youth CIC");
        assertThat(page.locator("[data-field='measures[0].target']")).hasValue("20");
        assertThat(page.locator("[data-field='measures[0].direction']")).hasValue("AT_LEAST");
        page.locator("[data-field='measures[0].measureId']").fill("young-people");
        page.locator("#agreement-submit").click();
        assertThat(page.locator("#agreement-form .govuk-error-summary")).containsText("must keep the measure 'contacts'");
        assertThat(api("GET", path, null).at("/measures/0/measureId").asText()).isEqualTo("contacts");

        page.locator("[data-field='measures[0].measureId']").fill("contacts");
        page.locator("[data-field='measures[0].target']").fill("17");
        page.locator("#agreement-submit").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The agreement was changed");
        JsonNode changed = api("GET", path, null);
        assertThat(changed.at("/measures/0/target").decimalValue()).isEqualByComparingTo("17");
        assertThat(changed.get("version").asLong()).isEqualTo(2);
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Actuals for Detached youth work")).click();
        assertThat(page.locator("#actuals-table")).containsText("GREEN");
    }

    @Test
    void theChangeFromTheQuarterBeforeIsWrittenAsTheFigureIsWithItsSign() throws Exception {
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-61\",\"date\":\"2023-10-10\",\"hours\":5,\"activity\":\"EVENTS\"}");
        api("POST", "/hubs/south/volunteer-hours", "{\"volunteerRef\":\"V-62\",\"date\":\"2023-10-11\",\"hours\":1,\"activity\":\"EVENTS\"}");
        invokeRollup("2023-Q3");
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-61\",\"date\":\"2024-01-10\",\"hours\":2,\"activity\":\"EVENTS\"}");
        api("POST", "/hubs/south/volunteer-hours", "{\"volunteerRef\":\"V-62\",\"date\":\"2024-01-11\",\"hours\":1.5,\"activity\":\"EVENTS\"}");
        invokeRollup("2023-Q4");
        signInAs("county-admin", null);

        open(url("/?quarter=2023-Q4"));

        assertThat(page.locator("tr[data-hub=north] td[data-metric=change]")).hasText("\u22123.00");
        assertThat(page.locator("tr[data-hub=south] td[data-metric=change]")).hasText("+0.50");
    }

    @Test
    void theDashboardShowsTheApisFiguresAndAQuarterWithoutAReturnSaysSo() throws Exception {
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-1\",\"date\":\"2025-11-05\",\"hours\":3.5,\"activity\":\"EVENTS\"}");
        api("POST", "/hubs/south/volunteer-hours", "{\"volunteerRef\":\"V-2\",\"date\":\"2025-11-06\",\"hours\":1,\"activity\":\"EVENTS\"}");
        invokeRollup("2025-Q3");
        JsonNode county = api("GET", "/returns/2025-Q3", null);
        signInAs("county-admin", null);

        open(url("/?quarter=2025-Q3"));
        assertThat(page.locator("#county-table")).isVisible();
        assertThat(page.locator("#county-hours")).hasText(county.at("/county/volunteeringHours").decimalValue().setScale(2).toPlainString());
        for (JsonNode hub : county.get("hubs")) {
            assertThat(page.locator("tr[data-hub=" + hub.get("hubId").asText() + "] td[data-metric='volunteering.hours']"))
                    .hasText(hub.at("/volunteering/hours").decimalValue().setScale(2).toPlainString());
        }
        assertThat(page.locator("tr[data-hub=north] td[data-metric=rank]")).hasText("1");
        assertThat(page.locator("#benchmark-chart")).isVisible();
        screenshot("dashboard-with-figures");
        page.locator("tr[data-hub=north] th a").click();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#quarter")).hasValue("2025-Q3");
        assertThat(page.locator("#hub-hours")).containsText(api("GET", "/hubs/north/volunteer-hours?quarter=2025-Q3", null)
                .get("totalHours").decimalValue().setScale(2).toPlainString() + " hours");

        open(url("/?quarter=2020-Q1"));
        assertThat(page.locator("#dashboard")).containsText("No return yet for 2020-Q1");
    }

    @Test
    void aCountyAdministratorSignsAQuarterOffAndReopensItFromTheDashboard() throws Exception {
        String meetingId = recordedMeeting("north", "2025-02-10", "Winter partnership");
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-52\",\"date\":\"2025-02-11\",\"hours\":2,\"activity\":\"ADMIN\"}");
        invokeRollup("2024-Q4");
        signInAs("county-admin", null);
        open(url("/?quarter=2024-Q4"));
        assertThat(page.locator("#county-status")).containsText("Draft");
        page.locator("#sign-off-start").click();
        page.locator("#sign-off-no").click();
        assertThat(api("GET", "/returns/2024-Q4", null).get("status").asText()).as("not signed off until confirmed").isEqualTo("DRAFT");
        page.locator("#sign-off-start").click();
        assertThat(page.locator("#sign-off-yes")).isFocused();
        assertThat(seriousAccessibilityProblems()).isEmpty();
        page.locator("#sign-off-yes").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2024-Q4 is signed off");
        assertThat(page.locator("#county-status")).containsText("Final");
        assertThat(page.locator("#county-status")).containsText("Signed off");
        assertThat(api("GET", "/returns/2024-Q4", null).get("status").asText()).isEqualTo("FINAL");
        assertThat(send("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-51\",\"date\":\"2025-02-03\",\"hours\":1,\"activity\":\"ADMIN\"}",
                null).statusCode()).as("a signed-off quarter takes no new records").isEqualTo(409);
        open(url("/meeting.html?hub=north&meeting=" + meetingId));
        assertThat(page.locator("#meeting-unavailable")).containsText("2024-Q4 is signed off, so this meeting cannot be changed or deleted");
        assertThat(page.locator("#meeting-submit")).isDisabled();
        assertThat(page.locator("#delete-meeting-start")).isDisabled();
        open(url("/volunteering.html?hub=north&quarter=2024-Q4"));
        assertThat(page.locator("#entries-table")).containsText("V-52");
        assertThat(page.locator("#entries-frozen")).containsText("2024-Q4 is signed off");
        assertThat(page.locator("#entries-table [data-action=delete]")).hasCount(0);
        open(url("/?quarter=2024-Q4"));

        assertThat(page.locator("#sign-off-start")).hasText("Reopen 2024-Q4");
        page.locator("#sign-off-start").click();
        page.locator("#sign-off-yes").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("2024-Q4 is reopened");
        assertThat(page.locator("#county-status")).containsText("Draft");
        assertThat(api("GET", "/returns/2024-Q4", null).get("status").asText()).isEqualTo("DRAFT");
        open(url("/volunteering.html?hub=north&quarter=2024-Q4"));
        assertThat(page.locator("#entries-table [data-action=delete]")).hasCount(1);
        assertThat(page.locator("#entries-frozen")).hasCount(0);

        String current = currentQuarter();
        invokeRollup(current);
        open(url("/?quarter=" + current));
        page.locator("#sign-off-start").click();
        page.locator("#sign-off-yes").click();
        assertThat(page.locator("#sign-off-form .govuk-error-summary")).containsText("has not ended yet");
        assertThat(api("GET", "/returns/" + current, null).get("status").asText()).isEqualTo("DRAFT");

        signInAs("hub-staff", "north");
        open(url("/?quarter=2024-Q4"));
        assertThat(page.locator("#county-table")).isVisible();
        assertThat(page.locator("#sign-off-form")).isHidden();
    }

    @Test
    void aCountyAdministratorAddsAHubAndChangesItAndHubStaffOnlySeeTheList() throws Exception {
        signInAs("county-admin", null);
        open(url("/hubs.html"));
        assertThat(page.locator("#hub-table")).containsText("North Hub");
        page.locator("#hubId").fill("Witney Hub");
        page.locator("#area").fill("West Oxfordshire");
        page.locator("#budget").fill("12,000.50");
        page.locator("#hub-submit").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Short id must be a lower-case slug");
        assertThat(page.locator(".govuk-error-summary")).containsText("Name must not be empty");
        assertThat(page.locator("#hubId")).hasClass(java.util.regex.Pattern.compile(".*govuk-input--error.*"));

        page.locator("#hubId").fill("north");
        page.locator("#name").fill("Witney Hub");
        page.locator("#hub-submit").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("A hub with id 'north' already exists");

        page.locator("#hubId").fill("witney");
        page.getByLabel("Councillor", new Page.GetByLabelOptions().setExact(true)).uncheck();
        page.locator("#hub-submit").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Witney Hub was added");
        JsonNode added = api("GET", "/hubs/witney", null);
        assertThat(added.get("annualBudgetPence").asLong()).isEqualTo(1_200_050);
        List<String> sectors = new ArrayList<>();
        added.get("requiredSectors").forEach(sector -> sectors.add(sector.asText()));
        assertThat(sectors).hasSize(13).doesNotContain("COUNCILLOR", "HUB_STAFF", "OTHER").contains("SCHOOLS", "POLICE");
        assertThat(page.locator("#hubId")).hasValue("");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Witney Hub")).click();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#hub-form-heading")).hasText("Change Witney Hub");
        assertThat(page.locator("#hubId")).hasAttribute("readonly", "");
        assertThat(page.locator("#budget")).hasValue("12000.50");
        assertThat(page.getByLabel("Councillor", new Page.GetByLabelOptions().setExact(true))).not().isChecked();
        assertThat(seriousAccessibilityProblems()).isEmpty();
        page.locator("#area").fill("Witney and Carterton");
        page.locator("#budget").fill("15000");
        page.locator("#hub-submit").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Witney Hub was changed");
        JsonNode changed = api("GET", "/hubs/witney", null);
        assertThat(changed.get("area").asText()).isEqualTo("Witney and Carterton");
        assertThat(changed.get("annualBudgetPence").asLong()).isEqualTo(1_500_000);
        assertThat(changed.get("requiredSectors")).isEqualTo(added.get("requiredSectors"));

        HttpResponse<String> elsewhere = send("PUT", "/hubs/witney", """
                {"name": "Witney Community Hub", "area": "Witney", "annualBudgetPence": 1500000}""", "\"2\"");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
        page.locator("#budget").fill("1");
        page.locator("#hub-submit").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Someone else changed this after you opened it");
        assertThat(api("GET", "/hubs/witney", null).get("annualBudgetPence").asLong()).isEqualTo(1_500_000);

        signInAs("hub-staff", "north");
        open(url("/hubs.html"));
        assertThat(page.locator("#hub-table")).containsText("Witney Community Hub");
        assertThat(page.locator("#hub-table a", new Page.LocatorOptions().setHasText("Change"))).hasCount(0);
        assertThat(page.locator("#hub-table a")).hasText(new String[] {"North Hub"});
        assertThat(page.locator("#hub-form-section")).isHidden();
    }

    @Test
    void aCountyAdministratorSeesWhoChangedWhatAndBadDatesAreNamed() throws Exception {
        String meetingId = recordedMeeting("south", "2026-10-21", "Audited partnership");
        send("DELETE", "/hubs/south/meetings/" + meetingId, null, "\"1\"");
        signInAs("county-admin", null);
        open(url("/changes.html?hub=south"));
        com.microsoft.playwright.Locator deleted = page.locator("#changes-table tr", new Page.LocatorOptions().setHasText("Deleted a meeting"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(meetingId));
        assertThat(deleted).containsText("/hubs/south/meetings/" + meetingId);
        assertThat(deleted.locator("td").last()).hasText("1");
        assertThat(page.locator("#changes-table tr", new Page.LocatorOptions().setHasText("Created a meeting"))
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(meetingId))).containsText("/hubs/south/meetings/" + meetingId);
        assertThat(seriousAccessibilityProblems()).isEmpty();

        page.locator("#from").fill("31/2/2026");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary a[href='#from']")).containsText("From");

        signInAs("hub-staff", "south");
        open(url("/changes.html"));
        assertThat(page.locator("#changes")).containsText("for county administrators");
        assertThat(page.locator("#changes-form")).isHidden();
    }

    @Test
    void aSignedOffQuarterCanBeDownloaded() throws Exception {
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-9\",\"date\":\"2026-08-05\",\"hours\":2,\"activity\":\"ADMIN\"}");
        invokeRollup("2026-Q2");
        api("POST", "/returns/2026-Q2/sign-off", "");
        signInAs("partner", null);
        open(url("/downloads.html"));
        Download csv = page.waitForDownload(() -> page.locator("[data-download='/returns/2026-Q2/summary.csv']").click());
        assertThat(csv.suggestedFilename()).isEqualTo("hub-returns-county-2026-Q2.csv");
        int hubs = api("GET", "/hubs?limit=100", null).get("items").size();
        assertThat(Files.readString(csv.path())).contains("COUNTY,All hubs (" + hubs + "),2026-Q2,FINAL");

        open(url("/hub.html?hub=north"));
        page.locator("#quarter").selectOption("2026-Q2");
        assertThat(page.locator("h1")).hasText("North Hub");
        assertThat(page.locator("#hub-page")).containsText("FINAL");
        assertThat(page.locator("#hub-page")).not().containsText("Open actions");
    }

    @Test
    void aMeetingsErrorsLandOnTheRowsThatCausedThemAndTheNextMeetingStaysWithTheSameHub() throws Exception {
        signInAs("county-admin", null);
        open(url("/meeting.html?hub=south"));
        fillMeeting("12", "5", "2026", "South hub partnership");
        page.locator("#add-attendee").click();
        page.locator("[data-field='attendees[1].organisation']").fill("Didcot Academy");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Attendee 2: sector must be chosen");
        page.locator("[data-field='attendees[1].sector']").selectOption("SCHOOLS");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Attendee 2: name");
        assertThat(page.locator("[data-field='attendees[1].name']")).hasClass(java.util.regex.Pattern.compile(".*govuk-input--error.*"));
        assertThat(page.locator("[data-field='attendees[0].name']")).not().hasClass(java.util.regex.Pattern.compile(".*govuk-input--error.*"));

        page.locator("[data-field='attendees[1].name']").fill("Head of Didcot Academy");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("for South Hub");
        assertThat(page.locator("#hub")).hasValue("south");
        JsonNode meetings = api("GET", "/hubs/south/meetings?quarter=2026-Q1", null);
        assertThat(meetings.at("/items/0/attendees")).hasSize(1);
        assertThat(meetings.at("/items/0/attendees/0/sector").asText()).isEqualTo("SCHOOLS");
    }

    @Test
    void theDateErrorLeadsToTheDayBoxAndEveryProblemIsInWords() throws Exception {
        signInAs("hub-staff", "north");
        open(url("/meeting.html"));
        page.locator("#title").fill("North hub partnership");
        page.locator("#chair-1").fill("Hub Manager");
        page.locator("button[type=submit]").click();
        page.locator(".govuk-error-summary a[href='#date-day']").click();
        assertThat(page.locator("#date-day")).isFocused();
        assertThat(page.locator("#date-month")).hasClass(java.util.regex.Pattern.compile(".*govuk-input--error.*"));
        assertThat(page.locator("#date").locator("xpath=ancestor::fieldset")).hasAttribute("aria-describedby",
                java.util.regex.Pattern.compile(".*date-error.*"));

        page.locator("#date-day").fill("abc");
        page.locator("#date-month").fill("5");
        page.locator("#date-year").fill("2026");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Date must be a real date, with the day, month and year in numbers");
        assertThat(page.locator(".govuk-error-summary")).not().containsText("YYYY-MM-DD");

        page.locator("#date-day").fill("14");
        page.locator("#decisions").fill("x".repeat(2001));
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary a[href='#decisions']")).containsText("Decision 1 must be at most");

        page.locator("#decisions").fill("Agreed the plan");
        page.route("**/hubs/north/meetings", route -> route.abort());
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The service could not be reached, so nothing was saved");
        assertThat(page.locator(".govuk-error-summary")).not().containsText("form");
    }

    @Test
    void whatWasTypedSurvivesASignInThatEndedBeforeTheSubmission() throws Exception {
        signInAs("hub-staff", "north");
        open(url("/meeting.html"));
        fillMeeting("20", "5", "2025", "Typed before the break");
        page.locator("#add-action").click();
        page.locator("[data-field='actions[0].description']").fill("Write to the schools");
        page.locator("[data-field='actions[0].owner']").fill("Hub Manager");
        page.locator("[data-field='actions[0].dueDate']").fill("30/6/2026");
        page.route("**/hubs/north/meetings", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(401)
                .setContentType("application/problem+json").setBody("{\"title\":\"Unauthorized\",\"status\":401}")));
        page.locator("button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/sign-in\\.html\\?next=.*"));
        page.unrouteAll();

        page.waitForSelector("body[data-ready=true]");
        page.getByLabel("Hub staff", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#hubs").fill("north");
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/meeting.html"));
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#meeting-form-restored")).containsText("Your sign-in had ended");
        assertThat(page.locator("#title")).hasValue("Typed before the break");
        assertThat(page.locator("#date-day")).hasValue("20");
        assertThat(page.locator("[data-field='actions[0].description']")).hasValue("Write to the schools");
        assertThat(page.locator("[data-field='actions[0].dueDate']")).hasValue("30/6/2026");
        page.locator("[data-field='attendees[0].name']").fill("Head of Banbury Academy");
        page.locator("[data-field='attendees[0].sector']").selectOption("SCHOOLS");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Typed before the break");
        assertThat(api("GET", "/hubs/north/meetings?quarter=2025-Q1", null).at("/items/0/actions/0/dueDate").asText())
                .as("a due date typed day first is sent as YYYY-MM-DD").isEqualTo("2026-06-30");
    }

    @Test
    void aMeetingIsChangedFromTheHubPageItsActionsKeepTheirIdsAndNobodyElsesChangeIsOverwritten() throws Exception {
        JsonNode recorded = api("POST", "/hubs/north/meetings", """
                {"date": "2026-10-14", "type": "SUB_GROUP", "title": "Autumn sub-group", "chairs": ["Hub Manager"],
                 "attendees": [{"name": "School nurse", "organisation": "NHS trust", "sector": "HEALTH"}],
                 "decisions": ["Run a holiday club"], "costPence": 1250,
                 "actions": [{"description": "Book the hall", "owner": "Hub Manager", "dueDate": "2026-11-30"}]}""");
        String meetingId = recorded.get("meetingId").asText();
        String actionId = recorded.at("/actions/0/actionId").asText();
        signInAs("hub-staff", "north");
        open(url("/hub.html?hub=north&quarter=2026-Q3"));
        assertThat(page.locator("#quarter")).hasValue("2026-Q3");
        page.locator("#hub-page tr", new Page.LocatorOptions().setHasText("Book the hall")).getByText("Autumn sub-group").click();
        page.waitForSelector("body[data-ready=true]");

        assertThat(page.locator("h1")).hasText("Change a partnership meeting");
        assertThat(page.locator("#hub")).isDisabled();
        assertThat(page.locator("#title")).hasValue("Autumn sub-group");
        assertThat(page.locator("#type-sub")).isChecked();
        assertThat(page.locator("#date-day")).hasValue("14");
        assertThat(page.locator("[data-field='attendees[0].organisation']")).hasValue("NHS trust");
        assertThat(page.locator("[data-field='actions[0].dueDate']")).hasValue("30/11/2026");
        assertThat(page.locator("#cost")).hasValue("12.50");
        assertThat(seriousAccessibilityProblems()).isEmpty();
        screenshot("meeting-change-desktop");
        page.locator("[data-field='actions[0].status']").selectOption("DONE");
        page.locator("#title").fill("Autumn sub-group (corrected)");
        page.locator("#add-action").click();
        page.locator("[data-field='actions[1].description']").fill("Ask the police for a speaker");
        page.locator("[data-field='actions[1].owner']").fill("Hub Manager");
        page.locator("[data-field='actions[1].dueDate']").fill("15/1/2027");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The meeting was changed");

        JsonNode changed = api("GET", "/hubs/north/meetings/" + meetingId, null);
        assertThat(changed.get("title").asText()).isEqualTo("Autumn sub-group (corrected)");
        assertThat(changed.get("version").asLong()).isEqualTo(2);
        assertThat(changed.at("/actions/0/actionId").asText()).as("the action keeps its id").isEqualTo(actionId);
        assertThat(changed.at("/actions/0/status").asText()).isEqualTo("DONE");
        assertThat(changed.at("/actions/1/dueDate").asText()).isEqualTo("2027-01-15");
        assertThat(changed.get("attendees")).isEqualTo(recorded.get("attendees"));
        assertThat(changed.get("decisions")).isEqualTo(recorded.get("decisions"));
        assertThat(changed.get("costPence").asLong()).isEqualTo(1250);

        page.locator("#cost").fill("20.00");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The meeting was changed");
        assertThat(api("GET", "/hubs/north/meetings/" + meetingId, null).get("actions")).as("saving twice adds no action twice").hasSize(2);

        page.getByText("Back to the hub page").click();
        page.waitForSelector("body[data-ready=true]");
        assertThat(page.locator("#hub-page")).containsText("Ask the police for a speaker");
        assertThat(page.locator("#hub-page")).not().containsText("Book the hall");

        open(url("/meeting.html?hub=north&meeting=" + meetingId));
        HttpResponse<String> elsewhere = send("PUT", "/hubs/north/meetings/" + meetingId, """
                {"date": "2026-10-14", "type": "SUB_GROUP", "title": "Changed in another tab", "chairs": ["Hub Manager"], "costPence": 2000,
                 "actions": [{"actionId": "%s", "description": "Book the hall", "owner": "Hub Manager", "dueDate": "2026-11-30", "status": "DONE"}]}"""
                .formatted(actionId), "\"3\"");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(200);
        page.locator("#cost").fill("99.00");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Someone else changed this after you opened it, so nothing was changed");
        JsonNode kept = api("GET", "/hubs/north/meetings/" + meetingId, null);
        assertThat(kept.get("title").asText()).isEqualTo("Changed in another tab");
        assertThat(kept.get("costPence").asLong()).isEqualTo(2000);

        open(url("/meeting.html?hub=north&meeting=" + meetingId));
        page.locator("#delete-meeting-start").click();
        page.locator("#delete-meeting-no").click();
        assertThat(send("GET", "/hubs/north/meetings/" + meetingId, null, null).statusCode()).as("not deleted until confirmed").isEqualTo(200);
        page.locator("#delete-meeting-start").click();
        page.locator("#delete-meeting-yes").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("The meeting was deleted");
        assertThat(send("GET", "/hubs/north/meetings/" + meetingId, null, null).statusCode()).isEqualTo(404);
        open(url("/meeting.html?hub=north&meeting=" + meetingId));
        assertThat(page.locator("#meeting-unavailable")).containsText("There is no such meeting");
        assertThat(page.locator("#meeting-form")).isHidden();
    }

    @Test
    void openActionsOfEarlierQuartersStayOnTheHubPageSoonestDueFirst() throws Exception {
        api("POST", "/hubs/north/meetings", """
                {"date": "2024-11-05", "type": "LOCAL_PARTNERSHIP", "title": "Autumn 2024 partnership", "chairs": ["Hub Manager"],
                 "actions": [{"description": "Write to the GP surgeries", "owner": "Hub Manager", "dueDate": "2024-12-01"},
                             {"description": "Print leaflets", "owner": "Hub Manager", "dueDate": "2024-11-20", "status": "DONE"}]}""");
        api("POST", "/hubs/north/meetings", """
                {"date": "2025-04-15", "type": "SUB_GROUP", "title": "Spring 2025 sub-group", "chairs": ["Hub Manager"],
                 "actions": [{"description": "Book the venue", "owner": "Youth worker", "dueDate": "2025-05-01"}]}""");
        signInAs("hub-staff", "north");
        open(url("/hub.html?hub=north&quarter=2025-Q2"));
        assertThat(page.locator("#hub-page")).containsText("Agreed at meetings from 2024-Q3 to 2025-Q2");
        com.microsoft.playwright.Locator rows = page.locator("#open-actions tbody tr");
        assertThat(rows.first()).containsText("Write to the GP surgeries");
        assertThat(rows.first()).containsText("Overdue");
        assertThat(rows.first()).containsText("Autumn 2024 partnership (2024-11-05)");
        assertThat(rows.nth(1)).containsText("Book the venue");
        assertThat(page.locator("#open-actions")).not().containsText("Print leaflets");
        assertThat(page.locator("#hub-page")).containsText("No meetings recorded in this quarter.");
    }

    @Test
    void hubStaffCannotOpenAnotherHubsMeetingToChangeIt() throws Exception {
        String meetingId = recordedMeeting("south", "2026-10-20", "South partnership");
        signInAs("hub-staff", "north");
        open(url("/meeting.html?hub=south&meeting=" + meetingId));
        assertThat(page.locator("#meeting-unavailable")).containsText("You cannot change the meetings of hub “south”: your sign-in is for North Hub");
        assertThat(page.locator("#meeting-form")).isHidden();
    }

    @Test
    void signingInGoesOnOnlyToAPageOfThisSite() {
        open(url("/sign-in.html?next=" + java.net.URLEncoder.encode("https://evil.example/phish", java.nio.charset.StandardCharsets.UTF_8)));
        page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/"));
        open(url("/sign-in.html?next=%2F%2Fevil.example%2F"));
        page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/"));
    }

    @Test
    void correctingOneActualKeepsTheOthersAndNumbersAreReadAsPeopleTypeThem() throws Exception {
        signInAs("county-admin", null);
        open(url("/agreements.html?hub=south"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        String currentQuarter = currentQuarter();
        page.locator("#title").fill("Outreach service");
        page.locator("#provider").fill("East Outreach CIC");
        page.locator("#startDate").fill(today.minusMonths(9).toString());
        page.locator("#endDate").fill(today.plusMonths(9).toString());
        page.locator("[data-role=measureId]").first().fill("contacts");
        page.locator("[data-role=name]").first().fill("Contacts made");
        page.locator("[data-role=unit]").first().fill("contacts");
        page.locator("[data-role=target]").first().fill("1,200");
        page.locator("[data-role=amberTolerancePercent]").first().fill("10%");
        page.locator("#add-measure").click();
        page.locator("[data-role=measureId]").nth(1).fill("days");
        page.locator("[data-role=name]").nth(1).fill("Days to first contact");
        page.locator("[data-role=unit]").nth(1).fill("days");
        page.locator("[data-role=target]").nth(1).fill("5");
        page.locator("[data-role=direction]").nth(1).selectOption("AT_MOST");
        page.locator("#agreement-form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Outreach service with 2 measures");
        JsonNode agreement = null;
        for (JsonNode item : api("GET", "/hubs/south/agreements", null).get("items")) {
            if (item.get("title").asText().equals("Outreach service")) agreement = item;
        }
        assertThat(agreement).as("the agreement made on the page").isNotNull();
        assertThat(agreement.at("/measures/0/target").decimalValue()).isEqualByComparingTo("1200");
        assertThat(agreement.at("/measures/0/amberTolerancePercent").decimalValue()).isEqualByComparingTo("10");

        assertThat(page.locator("#actuals-heading")).hasText("Quarterly actuals: Outreach service");
        assertThat(page.locator("[data-measure=contacts]")).isVisible();
        assertThat(page.locator("#quarter")).hasValue(currentQuarter);
        page.locator("[data-measure=contacts]").fill("1,250");
        page.locator("[data-measure=days]").fill("4");
        page.locator("#actuals-form button[type=submit]").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Actuals saved for " + currentQuarter);
        assertThat(page.locator("#quarter")).hasValue(currentQuarter);
        assertThat(page.locator("[data-measure=days]")).hasValue("4");

        page.locator("[data-measure=contacts]").fill("1300");
        page.locator("#actuals-form button[type=submit]").click();
        assertThat(page.locator("#actuals-table")).containsText("1300");
        assertThat(page.locator("[data-measure=days]")).hasValue("4");
        JsonNode quarters = api("GET", "/hubs/south/agreements/" + agreement.get("agreementId").asText() + "/actuals", null).get("items");
        JsonNode saved = null;
        for (JsonNode quarter : quarters) {
            if (quarter.get("quarter").asText().equals(currentQuarter)) saved = quarter;
        }
        assertThat(saved.at("/measures/0/actual").decimalValue()).isEqualByComparingTo("1300");
        assertThat(saved.at("/measures/1/actual").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void aHubPageNamesItsHubAndNeverShowsAnotherHubsRecordsInstead() throws Exception {
        signInAs("hub-staff", "north");
        open(url("/hub.html?hub=south"));
        assertThat(page.locator("#hub-page")).containsText("You cannot see the records of hub “south”");
        assertThat(page.locator("#hub-page")).not().containsText("Volunteering");
        open(url("/hub.html?hub=north"));
        assertThat(page.locator("h1")).hasText("North Hub");
    }

    @Test
    void theBenchmarkAndTrendAreReadableAsTablesAndNarrowScreensScrollOnlyTheTables() throws Exception {
        api("POST", "/hubs/north/volunteer-hours", "{\"volunteerRef\":\"V-31\",\"date\":\"2025-08-05\",\"hours\":4,\"activity\":\"EVENTS\"}");
        api("POST", "/hubs/south/volunteer-hours", "{\"volunteerRef\":\"V-32\",\"date\":\"2025-08-06\",\"hours\":2,\"activity\":\"EVENTS\"}");
        invokeRollup("2025-Q2");
        JsonNode county = api("GET", "/returns/2025-Q2", null);
        signInAs("county-admin", null);
        open(url("/?quarter=2025-Q2"));
        String median = county.at("/benchmarks/volunteering.hours/median").decimalValue().setScale(2).toPlainString();
        assertThat(page.locator("#benchmark-median")).hasText("County median: " + median);
        assertThat(page.locator("#benchmark-table tbody tr").first()).containsText("North Hub");
        assertThat(page.locator("#trend-table")).containsText("2025-Q2");
        page.locator("#metric").selectOption("meetings.held");
        assertThat(page.locator("#benchmark-chart")).hasAttribute("aria-label", java.util.regex.Pattern.compile("Hubs compared on meetings held.*"));

        for (String path : List.of("/?quarter=2025-Q2", "/agreements.html?hub=north")) {
            page.setViewportSize(320, 800);
            open(url(path));
            page.waitForTimeout(300);
            assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).as(path).isLessThanOrEqualTo(320);
        }
    }

    @Test
    void hubStaffAreOfferedOnlyTheDownloadsTheyMayHave() throws Exception {
        api("POST", "/hubs/south/volunteer-hours", "{\"volunteerRef\":\"V-41\",\"date\":\"2026-02-05\",\"hours\":1,\"activity\":\"ADMIN\"}");
        invokeRollup("2025-Q4");
        api("POST", "/returns/2025-Q4/sign-off", "");
        signInAs("hub-staff", "north");
        open(url("/downloads.html"));
        assertThat(page.locator("[data-download='/hubs/north/returns/2025-Q4/summary.csv']")).isVisible();
        assertThat(page.locator("[data-download='/hubs/south/returns/2025-Q4/summary.csv']")).hasCount(0);
        Download csv = page.waitForDownload(() -> page.locator("[data-download='/hubs/north/returns/2025-Q4/summary.csv']").click());
        assertThat(Files.readString(csv.path())).contains("2025-Q4");
    }

    @Test
    void anAttendeeRowWithOnlyItsSectorChosenIsRefusedForItsMissingNameNotDropped() throws Exception {
        signInAs("hub-staff", "north");
        open(url("/meeting.html"));
        fillMeeting("20", "8", "2026", "Sector without a name");
        page.locator("#add-attendee").click();
        assertThat(page.locator("[data-role=name]").nth(1)).isFocused(); // the new row's first box
        page.locator("[data-role=sector]").nth(1).selectOption("HEALTH");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Attendee 2: name");
        assertThat(page.locator("[data-role=name]").nth(1).locator("xpath=..")).hasClass(java.util.regex.Pattern.compile(".*govuk-form-group--error.*"));
        assertThat(api("GET", "/hubs/north/meetings?quarter=2026-Q2&limit=100", null).get("items").findValuesAsText("title"))
                .doesNotContain("Sector without a name");
    }

    @Test
    void aPageWhoseRecordsCannotBeFetchedSaysSoInWords() {
        signInAs("county-admin", null);
        page.route(java.util.regex.Pattern.compile(".*/(hubs|returns)(/.*|\\?.*)?$"), com.microsoft.playwright.Route::abort);
        for (String pageWithRecords : List.of("/agreements.html", "/volunteering.html", "/meeting.html", "/hubs.html")) {
            open(url(pageWithRecords));
            assertThat(page.locator("#page-problem")).containsText("The service could not be reached");
            assertThat(page.getByText("Loading…")).hasCount(0);
        }
        open(url("/"));
        assertThat(page.locator("#dashboard")).containsText("The service could not be reached");
        open(url("/hub.html?hub=north"));
        assertThat(page.locator("#page-problem")).containsText("The service could not be reached");

        page.unrouteAll();
        page.route(java.util.regex.Pattern.compile(".*/returns/[^/]+$"), route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(503).setContentType("application/problem+json")
                .setBody("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"DynamoDB is busy.\"}")));
        open(url("/downloads.html"));
        assertThat(page.locator("#page-problem")).containsText("Sorry, there is a problem with the service");
        assertThat(page.locator("#downloads")).not().containsText("No quarter has been signed off yet");
    }

    @Test
    void someoneWithNoHubToRecordForIsToldWhyInsteadOfGivenFormsThatFail() {
        signInAs("partner", null);
        for (String form : List.of("/meeting.html", "/volunteering.html", "/agreements.html")) {
            open(url(form));
            assertThat(page.locator("#no-hubs")).containsText("Meetings, volunteer hours and agreements are recorded by hub staff");
            assertThat(page.locator("form:visible")).hasCount(0);
        }

        open(url("/sign-in.html"));
        page.getByLabel("Hub staff", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#hubs").fill("Nowhere");
        page.locator("button[type=submit]").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("is not a hub id");
        assertThat(page.locator(".govuk-error-summary")).not().containsText("could not be reached");

        signInAs("hub-staff", "closed-hub");
        open(url("/volunteering.html"));
        assertThat(page.locator("#no-hubs")).containsText("“closed-hub”, and there is no hub with that id");
    }

    @Test
    void everyPageHasNoSeriousAccessibilityProblemsAndIsScreenshotAtDesktopAndPhoneWidth() throws Exception {
        signInAs("county-admin", null);
        List<String> problems = new ArrayList<>();
        for (String name : PAGES) {
            for (int width : new int[] {1280, 375}) {
                page.setViewportSize(width, 900);
                open(url("/" + name));
                page.waitForLoadState();
                page.waitForTimeout(300);
                for (String violation : seriousAccessibilityProblems()) {
                    problems.add(name + " at " + width + "px: " + violation);
                }
                screenshot(name.replace(".html", "") + "-" + (width == 375 ? "phone" : "desktop"));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What axe-core finds serious or critical on the page as it now is. */
    private List<String> seriousAccessibilityProblems() throws IOException {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(ROOT.resolve("static-site/node_modules/axe-core/axe.min.js"))));
        Object result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help)");
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The id of a plain meeting recorded through the API. */
    private static String recordedMeeting(String hubId, String date, String title) throws IOException, InterruptedException {
        return api("POST", "/hubs/" + hubId + "/meetings", """
                {"date": "%s", "type": "LOCAL_PARTNERSHIP", "title": "%s", "chairs": ["Hub Manager"]}""".formatted(date, title))
                .get("meetingId").asText();
    }

    /** Today's quarter of the April-start financial year, in London. */
    private static String currentQuarter() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return year + "-Q" + ((today.getMonthValue() + 8) % 12 / 3 + 1);
    }

    private static void invokeRollup(String quarter) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/_local/functions/RollupReturnsFunction/invoke")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"quarter\":\"" + quarter + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String token(String request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/_local/token")))
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("token").asText();
    }

    private static HttpResponse<String> send(String method, String path, String body, String ifMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode api(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body, null);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
