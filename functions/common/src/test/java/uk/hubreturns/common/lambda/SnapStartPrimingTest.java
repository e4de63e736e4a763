package uk.hubreturns.common.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapStartPrimingTest {

    @Test
    void primesBeforeTheCheckpointAndDoesNothingAfterTheRestore() {
        AtomicInteger primed = new AtomicInteger();
        SnapStartPriming priming = new SnapStartPriming(primed::incrementAndGet);

        priming.beforeCheckpoint(null);
        priming.afterRestore(null);

        assertThat(primed).hasValue(1);
    }

    @Test
    void registeringOnAJvmWithoutCracIsHarmless() {
        AtomicInteger primed = new AtomicInteger();

        SnapStartPriming.register(primed::incrementAndGet);

        assertThat(primed).as("nothing takes a checkpoint here").hasValue(0);
        SnapStartPriming.primeAll();
        assertThat(primed).hasValue(1);
    }
}
