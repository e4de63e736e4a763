package uk.hubreturns.common.dynamodb;

import dagger.Module;
import dagger.Provides;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** Real waiting and real randomness for {@link RetryBackoff}; tests swap this module for one that does not wait. */
@Module
public final class RetryModule {

    private RetryModule() {
    }

    @Provides
    public static Sleeper sleeper() {
        return Sleeper.realTime();
    }

    @Provides
    public static RandomGenerator random() {
        return ThreadLocalRandom.current();
    }
}
