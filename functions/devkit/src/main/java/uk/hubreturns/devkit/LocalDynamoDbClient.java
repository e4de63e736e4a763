package uk.hubreturns.devkit;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client for a DynamoDB that runs on this machine (DynamoDB Local, LocalStack), which accepts any credentials. */
public final class LocalDynamoDbClient {

    public static final Region REGION = Region.EU_WEST_2;
    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local";

    private LocalDynamoDbClient() {
    }

    public static DynamoDbClient connect(URI endpoint) {
        return connect(endpoint, ACCESS_KEY_ID);
    }

    public static DynamoDbClient connect(URI endpoint, String accessKeyId) {
        return connect(endpoint, accessKeyId, UrlConnectionHttpClient.create());
    }

    /** Through {@code httpClient}, such as {@link DynamoDbFaults}. */
    public static DynamoDbClient connect(URI endpoint, SdkHttpClient httpClient) {
        return connect(endpoint, ACCESS_KEY_ID, httpClient);
    }

    private static DynamoDbClient connect(URI endpoint, String accessKeyId, SdkHttpClient httpClient) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, SECRET_ACCESS_KEY)))
                .httpClient(httpClient)
                .build();
    }
}
