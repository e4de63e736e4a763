package uk.hubreturns.volunteering;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import uk.hubreturns.common.dynamodb.Sleeper;

/** The production DynamoDB client made to misbehave by {@link WriteFaults}, and retries that do not really wait. */
@Module
interface FaultyDynamoDbModule {

    @Binds
    ExecutionInterceptor faults(WriteFaults faults);

    @Provides
    static Sleeper sleeper() {
        return duration -> {
        };
    }

    @Provides
    static RandomGenerator random() {
        return new SplittableRandom(42);
    }
}
