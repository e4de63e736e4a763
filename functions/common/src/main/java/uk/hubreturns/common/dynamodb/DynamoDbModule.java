package uk.hubreturns.common.dynamodb;

import dagger.Module;
import dagger.Provides;
import java.net.URI;
import javax.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.http.FailureClassifier;

@Module
public final class DynamoDbModule {

    private DynamoDbModule() {
    }

    @Provides
    @Singleton
    static DynamoDbClient dynamoDbClient(Settings settings) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.required("AWS_REGION")))
                .credentialsProvider(credentials(settings));
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

    // Lambda gives the function's keys as environment variables, except under SnapStart, where
    // they come from the container endpoint. Both are resolved at first use, not at init.
    private static AwsCredentialsProvider credentials(Settings settings) {
        AwsCredentialsProvider fromSettings = () -> {
            String keyId = settings.required("AWS_ACCESS_KEY_ID");
            String secret = settings.required("AWS_SECRET_ACCESS_KEY");
            AwsCredentials credentials = settings.optional("AWS_SESSION_TOKEN")
                    .<AwsCredentials>map(token -> AwsSessionCredentials.create(keyId, secret, token))
                    .orElseGet(() -> AwsBasicCredentials.create(keyId, secret));
            return credentials;
        };
        return AwsCredentialsProviderChain.builder()
                .credentialsProviders(fromSettings, ContainerCredentialsProvider.builder().build())
                .build();
    }
}
