package uk.hubreturns.volunteering;

import dagger.Module;
import dagger.Provides;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** Real waiting and real randomness for {@link RetryBackoff}; tests swap this module for one that does not wait. */
@Module
final class RetryModule {

    private RetryModule() {
    }

    @Provides
    static Sleeper sleeper() {
        return Sleeper.realTime();
    }

    @Provides
    static RandomGenerator random() {
        return ThreadLocalRandom.current();
    }
}
