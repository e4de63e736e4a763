package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final List<Duration> waits = new ArrayList<>();

    @Test
    void eachWaitIsBetweenHalfTheCeilingAndTheCeilingWhichDoublesUpToThreeSeconds() {
        RetryBackoff backoff = new RetryBackoff(waits::add, new SplittableRandom(7));
        long[] ceilings = {50, 100, 200, 400, 800, 1600, 3000, 3000, 3000};

        for (int retry = 1; retry <= ceilings.length; retry++) {
            for (int sample = 0; sample < 200; sample++) {
                assertThat(backoff.delayBeforeRetry(retry).toMillis()).isBetween(ceilings[retry - 1] / 2, ceilings[retry - 1]);
            }
        }
    }

    @Test
    void theWaitsAreJitteredNotAllTheSame() {
        RetryBackoff backoff = new RetryBackoff(waits::add, new SplittableRandom(7));

        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delayBeforeRetry(4)).distinct().count()).isGreaterThan(10);
    }

    @Test
    void allTheRetriesOfOneBatchWaitAtMostAboutSixSeconds() {
        RetryBackoff backoff = new RetryBackoff(waits::add, new SplittableRandom(1));

        for (int retry = 1; retry < RetryBackoff.MAX_ATTEMPTS; retry++) {
            backoff.pauseBeforeRetry(retry);
        }

        assertThat(waits).hasSize(RetryBackoff.MAX_ATTEMPTS - 1);
        assertThat(waits.stream().mapToLong(Duration::toMillis).sum()).isLessThanOrEqualTo(6_150);
    }

    @Test
    void retriesAreCountedFromOne() {
        RetryBackoff backoff = new RetryBackoff(waits::add, new SplittableRandom(1));

        assertThatThrownBy(() -> backoff.delayBeforeRetry(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
