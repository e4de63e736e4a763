package uk.hubreturns.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.returns.DynamoDbQuarterSignOffs;
import uk.hubreturns.common.returns.QuarterSignOff;
import uk.hubreturns.common.time.Quarter;
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
 * Sign-off freezes the quarter before it recomputes it, so that a record written while it recomputes cannot be left out
 * of what is signed off; a sign-off that cannot finish leaves the quarter as it was; of two at once, one is made.
 * Writes made "meanwhile" run just before the recompute writes the returns, through the SDK client the test controls.
 */
class SignOffIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-10T12:00:00Z"), ZoneId.of("Europe/London"));
    private static final Quarter QUARTER = Quarter.parse("2026-Q1").orElseThrow();

    private final DynamoDbFaults faults = DynamoDbFaults.overUrlConnection();
    private ReturnsComponent returns;
    private MeetingsComponent meetings;
    private DynamoDbQuarterSignOffs signOffs;

    @BeforeEach
    void twoHubsWithAMeetingEachInTheQuarter() {
        Map<String, String> settings = TestEnvironment.withFreshTable();
        returns = DaggerFaultyReturnsComponent.factory().create(Settings.of(settings), CLOCK, faults);
        meetings = DaggerMeetingsComponent.factory().create(Settings.of(settings), CLOCK);
        signOffs = new DynamoDbQuarterSignOffs(DynamoDbForTests.client(), settings.get("TABLE_NAME"));
        TestHubs hubs = new TestHubs(settings.get("TABLE_NAME"));
        for (String hubId : List.of("north", "south")) {
            hubs.add(new Hub(hubId, hubId + " hub", "Oxfordshire", 300_000L, Sector.requiredByDefault(), CLOCK.instant(), CLOCK.instant(), null));
            recordMeeting(hubId);
        }
    }

    @Test
    void aMeetingRecordedWhileTheQuarterIsRecomputedIsRefusedSoTheSignedOffReturnHoldsEveryRecord() {
        AtomicReference<RuntimeException> meanwhile = new AtomicReference<>();
        faults.beforeNext("BatchWriteItem", () -> {
            try {
                recordMeeting("north");
            } catch (RuntimeException refused) {
                meanwhile.set(refused);
            }
        });

        CountyReturn signedOff = returns.returns().signOff(QUARTER, "county-admin");

        assertThat(meanwhile.get()).isInstanceOf(RecordConflictException.class).hasMessageContaining("is signed off");
        assertThat(signedOff.status()).isEqualTo(ReturnStatus.FINAL);
        assertThat(signedOff.county().meetingsHeld()).isEqualTo(2);
        assertThat(meetings.meetingService().listInQuarter("north", QUARTER, new PageRequest(Optional.empty(), PageRequest.MAX_LIMIT))
                .items()).hasSize(1);
    }

    @Test
    void aSignOffWhoseRecomputeFailsLeavesTheQuarterOpenAsItWas() {
        faults.failFrom("BatchWriteItem", 1, Fault.INTERNAL_SERVER_ERROR);

        assertThatThrownBy(() -> returns.returns().signOff(QUARTER, "county-admin")).isInstanceOf(IncompleteBatchWriteException.class);

        assertThat(signOffs.find(QUARTER)).as("never signed off, as before").isEmpty();
        recordMeeting("north");
        faults.heal();
        assertThat(returns.returns().signOff(QUARTER, "county-admin").county().meetingsHeld()).isEqualTo(3);
    }

    @Test
    void aReopenedQuarterWhoseSignOffFailsIsReopenedStillWithWhoReopenedIt() {
        returns.returns().signOff(QUARTER, "first-admin");
        returns.returns().reopen(QUARTER, "second-admin");
        QuarterSignOff reopened = signOffs.find(QUARTER).orElseThrow();
        faults.failFrom("BatchWriteItem", 1, Fault.INTERNAL_SERVER_ERROR);

        assertThatThrownBy(() -> returns.returns().signOff(QUARTER, "third-admin")).isInstanceOf(IncompleteBatchWriteException.class);

        assertThat(signOffs.find(QUARTER)).hasValue(reopened);
        assertThat(reopened.signedOff()).isFalse();
        assertThat(reopened.reopenedBy()).isEqualTo("second-admin");
    }

    @Test
    void ofTwoSignOffsAtOnceOnlyOneIsMade() {
        AtomicReference<RuntimeException> second = new AtomicReference<>();
        faults.beforeNext("BatchWriteItem", () -> {
            try {
                signOffs.signOff(QUARTER, "other-admin", CLOCK.instant());
            } catch (RuntimeException refused) {
                second.set(refused);
            }
        });

        returns.returns().signOff(QUARTER, "county-admin");

        assertThat(second.get()).isInstanceOf(RecordConflictException.class).hasMessage("Quarter 2026-Q1 is already signed off.");
        assertThat(signOffs.find(QUARTER).orElseThrow().signedOffBy()).isEqualTo("county-admin");
    }

    @Test
    void signOffAndReopeningAnswerWithTheReturnAsItIsThenReadAndReopeningNeedsASignedOffQuarter() {
        assertThatThrownBy(() -> returns.returns().reopen(QUARTER, "county-admin")).isInstanceOf(RecordConflictException.class)
                .hasMessage("Quarter 2026-Q1 is not signed off, so there is nothing to reopen.");

        CountyReturn signedOff = returns.returns().signOff(QUARTER, "county-admin");
        assertThat(signedOff).isEqualTo(returns.returns().county(QUARTER));
        assertThat(signedOff.signOff().signedOffBy()).isEqualTo("county-admin");
        assertThat(signedOff.hubs()).allSatisfy(hub -> assertThat(hub.status()).isEqualTo(ReturnStatus.FINAL));

        CountyReturn reopened = returns.returns().reopen(QUARTER, "another-admin");
        assertThat(reopened).isEqualTo(returns.returns().county(QUARTER));
        assertThat(reopened.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThat(reopened.signOff().reopenedBy()).isEqualTo("another-admin");
        assertThatThrownBy(() -> returns.returns().reopen(QUARTER, "county-admin")).isInstanceOf(RecordConflictException.class);
    }

    private void recordMeeting(String hubId) {
        meetings.meetingService().record(hubId, new MeetingDetails(LocalDate.of(2026, 5, 14), MeetingType.LOCAL_PARTNERSHIP, "Partnership",
                List.of("Chair"), List.of(new Participant("Head teacher", "School", Sector.SCHOOLS)), List.of(), List.of(), List.of(), 0L));
    }
}
