package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.devkit.DynamoDbFaults;
import uk.hubreturns.devkit.DynamoDbFaults.Fault;
import uk.hubreturns.devkit.DynamoDbForTests;
import uk.hubreturns.devkit.TestEnvironment;
import uk.hubreturns.devkit.TestHubs;
import uk.hubreturns.meetings.DaggerMeetingsComponent;
import uk.hubreturns.meetings.MeetingDetails;
import uk.hubreturns.meetings.MeetingType;
import uk.hubreturns.meetings.MeetingsComponent;
import uk.hubreturns.meetings.Participant;

/**
 * The PDF summaries are rendered at the rollup and kept: a download serves the kept bytes while they are of the
 * returns' edition, and renders (and keeps) the summary again once the quarter is rolled up again, signed off or reopened.
 * Kept bytes are replaced by a marker in some tests: a download that gives the marker back was served from the store.
 */
class PdfSummariesIT {

    private static final Quarter QUARTER = Quarter.parse("2026-Q1").orElseThrow();
    private static final byte[] MARKER = "kept, not rendered".getBytes(StandardCharsets.UTF_8);

    private final DynamoDbFaults faults = DynamoDbFaults.overUrlConnection();
    private final MovingClock clock = new MovingClock(Instant.parse("2026-07-10T12:00:00Z"));
    private String table;
    private FaultyReturnsComponent returns;
    private MeetingsComponent meetings;

    @BeforeEach
    void twoHubsWithAMeetingEachInTheQuarter() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        table = settings.get("TABLE_NAME");
        returns = DaggerFaultyReturnsComponent.factory().create(Settings.of(settings), clock, faults);
        meetings = DaggerMeetingsComponent.factory().create(Settings.of(settings), clock);
        TestHubs hubs = new TestHubs(table);
        for (String hubId : List.of("north", "south")) {
            hubs.add(new Hub(hubId, hubId + " hub", "Oxfordshire", 300_000L, Sector.requiredByDefault(), clock.instant(), clock.instant(), null));
            meeting(hubId, LocalDate.of(2026, 5, 14));
        }
    }

    @Test
    void theRollupKeepsTheCountysSummaryAndEachHubsAndDownloadsServeThemWithoutRendering() throws IOException {
        assertThat(rollUp()).as("the county's summary and the two hubs'").isEqualTo(3);

        byte[] kept = kept("COUNTY").orElseThrow();
        assertThat(text(kept)).contains("County summary of hub returns — 2026-Q1", "DRAFT", "north hub", "south hub");
        assertThat(text(kept("HUB#south").orElseThrow())).contains("south hub — 2026-Q1");

        replaceKept("COUNTY");
        replaceKept("HUB#south");
        assertThat(countyDownload()).isEqualTo(MARKER);
        assertThat(hubDownload("south")).isEqualTo(MARKER);
        assertThat(text(hubDownload("north"))).contains("north hub — 2026-Q1");
    }

    @Test
    void aNewRollupRendersTheSummariesAgainWithTheNewFigures() throws IOException {
        rollUp();
        replaceKept("COUNTY");
        meeting("north", LocalDate.of(2026, 6, 1));
        clock.move(Duration.ofMinutes(1));

        rollUp();

        assertThat(countyDownload()).isNotEqualTo(MARKER).isEqualTo(kept("COUNTY").orElseThrow());
        assertThat(returns.returns().county(QUARTER).county().meetingsHeld()).isEqualTo(3);
    }

    @Test
    void aDownloadAfterARollupThatStoppedBeforeKeepingTheSummariesRendersTheNewFigures() throws IOException {
        rollUp();
        replaceKept("COUNTY");
        replaceKept("HUB#north");
        meeting("north", LocalDate.of(2026, 6, 1));
        clock.move(Duration.ofMinutes(1));

        returns.rollup().rollUp(QUARTER);

        assertThat(text(countyDownload())).contains("County summary of hub returns — 2026-Q1");
        assertThat(text(hubDownload("north"))).contains("north hub — 2026-Q1");
    }

    @Test
    void signingOffRendersTheFinalSummaryAtTheFirstDownloadAndKeepsItAndReopeningRendersTheDraftAgain() throws IOException {
        rollUp();
        replaceKept("COUNTY");
        replaceKept("HUB#north");
        clock.move(Duration.ofMinutes(1));

        returns.returns().signOff(QUARTER, "county-admin");

        byte[] finalSummary = countyDownload();
        assertThat(text(finalSummary)).contains("FINAL (signed off)").doesNotContain("DRAFT");
        assertThat(kept("COUNTY")).hasValue(finalSummary);
        assertThat(text(hubDownload("north"))).contains("FINAL (signed off)");
        replaceKept("COUNTY");
        assertThat(countyDownload()).as("kept for the next download").isEqualTo(MARKER);

        returns.returns().reopen(QUARTER, "county-admin");

        assertThat(text(countyDownload())).contains("DRAFT").doesNotContain("FINAL");
        assertThat(text(hubDownload("north"))).contains("DRAFT").doesNotContain("FINAL");
    }

    @Test
    void aSummaryDynamoDbRefusesToKeepIsStillServedAndRenderedAgainNextTime() throws IOException {
        returns.rollup().rollUp(QUARTER);
        faults.failFrom("PutItem", 1, Fault.INTERNAL_SERVER_ERROR);

        byte[] served = countyDownload();

        assertThat(faults.failed("PutItem")).isPositive();
        assertThat(new PdfReader(served).getNumberOfPages()).as("the county page and a page per hub").isEqualTo(3);
        faults.heal();
        assertThat(kept("COUNTY")).isEmpty();
        assertThat(countyDownload()).isEqualTo(kept("COUNTY").orElseThrow());
    }

    @Test
    void aSummaryTooLargeForADynamoDbItemIsRenderedAtEachDownloadAndNeverKept() throws IOException {
        returns.rollup().rollUp(QUARTER);
        PdfSummaries smallItems = new PdfSummaries(() -> new SummaryPdf(QuarterCalendar.aprilStart()), returns.returnsStore(),
                returns.returns(), 1_000);

        assertThat(smallItems.renderAndKeep(QUARTER)).isZero();
        byte[] served = smallItems.county(returns.returns().county(QUARTER));

        assertThat(text(served)).contains("County summary of hub returns — 2026-Q1");
        assertThat(kept("COUNTY")).isEmpty();
        assertThat(kept("HUB#north")).isEmpty();
    }

    @Test
    void aHubsSummaryIsOfItsReturnAsTheCountyReturnHoldsItAndAHubAddedSinceTheRollupHasNoneYet() {
        rollUp();
        new TestHubs(table).add("east", clock.instant());

        ReturnsService.HubInCounty north = returns.returns().hubInCounty("north", QUARTER);

        assertThat(north.hub()).isEqualTo(returns.returns().hub("north", QUARTER));
        assertThat(north.county()).isEqualTo(returns.returns().county(QUARTER));
        assertThatThrownBy(() -> returns.returns().hubInCounty("east", QUARTER)).isInstanceOf(RecordNotFoundException.class)
                .hasMessageStartingWith("There is no return for 2026-Q1 yet.");
        assertThatThrownBy(() -> returns.returns().hubInCounty("nowhere", QUARTER)).isInstanceOf(RecordNotFoundException.class)
                .hasMessageStartingWith("There is no hub with id");
    }

    private int rollUp() {
        Map<String, Object> result = new RollupReturnsHandler(returns).handleRequest(Map.of("quarter", QUARTER.id()), null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outcomes = (List<Map<String, Object>>) result.get("outcomes");
        return (Integer) outcomes.get(0).get("summariesKept");
    }

    private byte[] countyDownload() {
        return returns.pdfSummaries().county(returns.returns().county(QUARTER));
    }

    private byte[] hubDownload(String hubId) {
        ReturnsService.HubInCounty returned = returns.returns().hubInCounty(hubId, QUARTER);
        return returns.pdfSummaries().hub(returned.hub(), returned.county());
    }

    private void meeting(String hubId, LocalDate date) {
        meetings.meetingService().record(hubId, new MeetingDetails(date, MeetingType.LOCAL_PARTNERSHIP, "Partnership", List.of("Chair"),
                List.of(new Participant("Head teacher", "School", Sector.SCHOOLS)), List.of(), List.of(), List.of(), 0L));
    }

    private java.util.Optional<byte[]> kept(String sk) {
        Map<String, AttributeValue> item = DynamoDbForTests.client().getItem(request -> request.tableName(table).consistentRead(true)
                .key(key(sk))).item();
        return item == null || item.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(item.get("pdf").b().asByteArray());
    }

    private void replaceKept(String sk) {
        DynamoDbForTests.client().updateItem(request -> request.tableName(table).key(key(sk))
                .conditionExpression("attribute_exists(pk)")
                .updateExpression("SET pdf = :marker")
                .expressionAttributeValues(Map.of(":marker", AttributeValue.fromB(SdkBytes.fromByteArray(MARKER)))));
    }

    private static Map<String, AttributeValue> key(String sk) {
        return Map.of("pk", AttributeValue.fromS("SUMMARY_PDF#" + QUARTER.id()), "sk", AttributeValue.fromS(sk));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** A clock the test moves on, as time passes between a rollup and the next. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return QuarterCalendar.LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
