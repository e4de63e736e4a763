package uk.hubreturns.volunteering;

import uk.hubreturns.common.dynamodb.Sleeper;
import dagger.Module;
import dagger.Provides;
import java.net.URI;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.DynamoDbFailureClassifier;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.http.FailureClassifier;

/** DynamoDB Local through {@link WriteFaults}, and retries that do not really wait. */
@Module
final class FaultyDynamoDbModule {

    private FaultyDynamoDbModule() {
    }

    @Provides
    @Singleton
    static DynamoDbClient dynamoDbClient(Settings settings, WriteFaults faults) {
        return DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.required("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .endpointOverride(URI.create(settings.required("DYNAMODB_ENDPOINT")))
                .overrideConfiguration(c -> c.addExecutionInterceptor(faults))
                .build();
    }

    @Provides
    @Singleton
    static DynamoDbEnhancedClient enhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @Provides
    @RecordsTableName
    static String recordsTableName(Settings settings) {
        return settings.required("TABLE_NAME");
    }

    @Provides
    static FailureClassifier failureClassifier() {
        return new DynamoDbFailureClassifier();
    }

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
