package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hubreturns.template.Schedule;

class LocalSchedulerTest {

    private static Schedule nightly(String expression) {
        return new Schedule("Nightly", "Nightly", expression, Optional.of("Europe/London"), Optional.of("{}"));
    }

    @Test
    void aDailyCronRunsAtThatTimeInLondonWhateverTheClocksDo() {
        // 01:00 UTC on 1 July is 02:00 BST: 02:30 London time is half an hour away.
        Clock summer = Clock.fixed(Instant.parse("2026-07-01T01:00:00Z"), ZoneOffset.UTC);
        assertThat(LocalScheduler.delayToNextRun(nightly("cron(30 2 * * ? *)"), summer)).contains(Duration.ofMinutes(30));
        // 01:00 UTC on 1 December is 01:00 GMT: 02:30 is an hour and a half away.
        Clock winter = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneOffset.UTC);
        assertThat(LocalScheduler.delayToNextRun(nightly("cron(30 2 * * ? *)"), winter)).contains(Duration.ofMinutes(90));
    }

    @Test
    void onceTodaysTimeHasPassedTheNextRunIsTomorrow() {
        Clock afternoon = Clock.fixed(Instant.parse("2026-12-01T14:30:00Z"), ZoneOffset.UTC);
        assertThat(LocalScheduler.delayToNextRun(nightly("cron(30 2 * * ? *)"), afternoon)).contains(Duration.ofHours(12));
    }

    @Test
    void ratesRunEveryIntervalAndOtherExpressionsAreNotRunLocally() {
        Clock any = Clock.fixed(Instant.parse("2026-12-01T14:30:00Z"), ZoneOffset.UTC);
        assertThat(LocalScheduler.delayToNextRun(nightly("rate(15 minutes)"), any)).contains(Duration.ofMinutes(15));
        assertThat(LocalScheduler.delayToNextRun(nightly("cron(0 9 ? * MON-FRI *)"), any)).isEmpty();
    }
}
