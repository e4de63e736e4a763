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

    @Test
    void onlyAnInitialisationForASnapshotRegistersItsPriming() {
        AtomicInteger onDemand = new AtomicInteger();
        AtomicInteger forSnapshot = new AtomicInteger();

        SnapStartPriming.registerForSnapshot("on-demand", onDemand::incrementAndGet);
        SnapStartPriming.registerForSnapshot(null, onDemand::incrementAndGet);
        SnapStartPriming.registerForSnapshot("snap-start", forSnapshot::incrementAndGet);
        SnapStartPriming.primeAll();

        assertThat(onDemand).hasValue(0);
        assertThat(forSnapshot).hasValue(1);
    }
}
