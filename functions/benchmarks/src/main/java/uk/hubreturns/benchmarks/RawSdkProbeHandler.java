package uk.hubreturns.benchmarks;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The point of reference: the least a DynamoDB function does, with none of ours (no Dagger, JSON or
 * validation). Builds the SDK client (url-connection, environment credentials) and a StaticTableSchema in static
 * init and puts one item. The functions' cold starts are read against this as well as against the bare handler.
 */
public final class RawSdkProbeHandler implements RequestHandler<Map<String, Object>, String> {

    private static final TableSchema<ProbeItem> SCHEMA = StaticTableSchema.builder(ProbeItem.class)
            .newItemSupplier(ProbeItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(ProbeItem::getPk).setter(ProbeItem::setPk).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(ProbeItem::getSk).setter(ProbeItem::setSk).tags(primarySortKey()))
            .build();

    private static final DynamoDbTable<ProbeItem> TABLE = DynamoDbEnhancedClient.builder()
            .dynamoDbClient(DynamoDbClient.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                    .region(Region.of(System.getenv("AWS_REGION")))
                    .endpointOverride(URI.create(System.getenv("DYNAMODB_ENDPOINT")))
                    .build())
            .build()
            .table(System.getenv("TABLE_NAME"), SCHEMA);

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        ProbeItem item = new ProbeItem();
        item.setPk("BENCHMARK#PROBE");
        item.setSk(context.getAwsRequestId());
        TABLE.putItem(item);
        return "ok";
    }

    /** The item the probe puts. */
    public static final class ProbeItem {
        private String pk;
        private String sk;

        public String getPk() { return pk; }
        public void setPk(String pk) { this.pk = pk; }
        public String getSk() { return sk; }
        public void setSk(String sk) { this.sk = sk; }
    }
}
