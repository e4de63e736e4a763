package uk.hubreturns.devkit;

import java.net.URI;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.hubreturns.template.SamTemplate;

/**
 * The DynamoDB that integration tests use: the one named by the system property {@value #ENDPOINT_PROPERTY}
 * (which the parent pom's failsafe configuration passes on), or else one started the first time a test asks and
 * shared by the whole test JVM: DynamoDB Local in memory, or LocalStack in Docker when {@value #BACKEND_PROPERTY}
 * is {@code localstack} ({@code mvn verify -Plocalstack}).
 */
public final class DynamoDbForTests {

    public static final String ENDPOINT_PROPERTY = "it.dynamodb.endpoint";
    public static final String BACKEND_PROPERTY = "it.dynamodb.backend";
    private static final String RECORDS_TABLE = "RecordsTable";

    private DynamoDbForTests() {
    }

    public static URI endpoint() {
        return Shared.ENDPOINT;
    }

    public static DynamoDbClient client() {
        return Shared.CLIENT;
    }

    /** A new, empty table shaped like RecordsTable in template.yaml, so each test class has data of its own. */
    public static String createRecordsTable() {
        String tableName = "records-" + UUID.randomUUID();
        new TemplateTables(client(), Shared.TEMPLATE).createCopy(RECORDS_TABLE, tableName);
        return tableName;
    }

    private static final class Shared {
        static final SamTemplate TEMPLATE = SamTemplate.load();
        static final URI ENDPOINT = configuredEndpoint();
        static final DynamoDbClient CLIENT = LocalDynamoDbClient.connect(ENDPOINT);

        private static URI configuredEndpoint() {
            String configured = System.getProperty(ENDPOINT_PROPERTY);
            if (configured != null && !configured.isBlank()) {
                return URI.create(configured.trim());
            }
            if ("localstack".equals(System.getProperty(BACKEND_PROPERTY))) {
                return LocalStackDynamoDb.start();
            }
            LocalDynamoDb dynamoDb = LocalDynamoDb.startInMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(dynamoDb::close, "dynamodb-local-shutdown"));
            return dynamoDb.endpoint();
        }
    }
}
