package uk.hubreturns.common.dynamodb;

import dagger.BindsOptionalOf;
import dagger.Module;
import dagger.Provides;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.http.FailureClassifier;

/**
 * The DynamoDB client: url-connection HTTP client, the function's region and credentials, and DYNAMODB_ENDPOINT
 * when set (DynamoDB Local). A component may bind its own {@link SdkHttpClient} or {@link ExecutionInterceptor},
 * as fault-injection tests do; production components bind neither.
 */
@Module
public abstract class DynamoDbModule {

    private DynamoDbModule() {
    }

    /**
     * Four attempts, backing off at most a second between them, so a throttled or failing DynamoDB is retried
     * but answered (503 with Retry-After) in about three seconds at worst. The SDK's default for DynamoDB makes up
     * to nine attempts with up to 20 s between throttled ones: a request could wait 45 s, past API Gateway's 30.
     */
    static final RetryStrategy RETRIES = AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(4)
            .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofMillis(500)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(1)))
            .build();

    @BindsOptionalOf
    abstract SdkHttpClient httpClient();

    @BindsOptionalOf
    abstract ExecutionInterceptor interceptor();

    @Provides
    @Singleton
    static DynamoDbClient dynamoDbClient(Settings settings, Optional<SdkHttpClient> httpClient, Optional<ExecutionInterceptor> interceptor) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(httpClient.orElseGet(HttpClientBuiltAside::start))
                .region(Region.of(settings.required("AWS_REGION")))
                .credentialsProvider(credentials(settings))
                .overrideConfiguration(configuration -> {
                    configuration.retryStrategy(RETRIES);
                    interceptor.ifPresent(configuration::addExecutionInterceptor);
                });
        settings.optional("DYNAMODB_ENDPOINT").map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Provides
    @Singleton
    static DynamoDbEnhancedClient enhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @Provides
    static FailureClassifier failureClassifier() {
        return new DynamoDbFailureClassifier();
    }

    @Provides
    @RecordsTableName
    static String recordsTableName(Settings settings) {
        return settings.required("TABLE_NAME");
    }

    // Lambda gives the function's keys as environment variables, except under SnapStart, where it gives the container
    // endpoint's address instead (AWS_CONTAINER_CREDENTIALS_FULL_URI): the process's environment says which, once.
    // Either way the keys are read at first use, not at init.
    static AwsCredentialsProvider credentials(Settings settings) {
        if (settings.optional("AWS_ACCESS_KEY_ID").isEmpty()) {
            return ContainerCredentialsProvider.builder().build();
        }
        return () -> {
            String keyId = settings.required("AWS_ACCESS_KEY_ID");
            String secret = settings.required("AWS_SECRET_ACCESS_KEY");
            return settings.optional("AWS_SESSION_TOKEN")
                    .<AwsCredentials>map(token -> AwsSessionCredentials.create(keyId, secret, token))
                    .orElseGet(() -> AwsBasicCredentials.create(keyId, secret));
        };
    }
}
