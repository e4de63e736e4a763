package uk.hubreturns.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;
import uk.hubreturns.template.SamTemplate;

class LocalDynamoDbIT {

    private static final SamTemplate TEMPLATE = SamTemplate.load();
    private static final Map<String, AttributeValue> HUB = Map.of(
            "pk", AttributeValue.fromS("HUBS"), "sk", AttributeValue.fromS("HUB#north"), "name", AttributeValue.fromS("North Hub"));

    @TempDir
    Path dataDir;

    @Test
    void dataOnDiskSurvivesAStopAndStart() {
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startOnDisk(dataDir)) {
            new TemplateTables(dynamoDb.client(), TEMPLATE).createMissing();
            dynamoDb.client().putItem(request -> request.tableName("RecordsTable").item(HUB));
        }

        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startOnDisk(dataDir)) {
            assertThat(new TemplateTables(dynamoDb.client(), TEMPLATE).createMissing()).isEmpty();
            assertThat(dynamoDb.client().getItem(request -> request.tableName("RecordsTable")
                    .key(Map.of("pk", HUB.get("pk"), "sk", HUB.get("sk")))).item()).isEqualTo(HUB);
        }
    }

    @Test
    void aDataFolderOpenInOneDynamoDbLocalIsRefusedToAnotherUntilItCloses() {
        try (LocalDynamoDb first = LocalDynamoDb.startOnDisk(dataDir)) {
            assertThatThrownBy(() -> LocalDynamoDb.startOnDisk(dataDir)).isInstanceOf(LocalDynamoDb.DataFolderInUseException.class)
                    .hasMessageContaining("is open in another Hub Returns process");
            first.client().listTables();
        }

        try (LocalDynamoDb again = LocalDynamoDb.startOnDisk(dataDir)) {
            assertThat(again.client().listTables().tableNames()).isEmpty();
        }
    }

    @Test
    void createsTheTemplatesTablesOnceWithTheirKeysIndexesAndTimeToLive() {
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startInMemory()) {
            TemplateTables tables = new TemplateTables(dynamoDb.client(), TEMPLATE);

            assertThat(tables.createMissing()).containsExactly("RecordsTable");
            assertThat(tables.createMissing()).isEmpty();
            assertRecordsTableShape(dynamoDb.client(), "RecordsTable");
        }
    }

    @Test
    void oneDatabaseIsSharedByEveryAccessKey() {
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startInMemory();
             DynamoDbClient alice = LocalDynamoDbClient.connect(dynamoDb.endpoint(), "alice");
             DynamoDbClient bob = LocalDynamoDbClient.connect(dynamoDb.endpoint(), "bob")) {
            new TemplateTables(alice, TEMPLATE).createCopy("RecordsTable", "alices-table");

            assertThat(bob.listTables().tableNames()).containsExactly("alices-table");
        }
    }

    @Test
    void everyTestTableIsAFreshCopyOfRecordsTable() {
        String first = DynamoDbForTests.createRecordsTable();
        String second = DynamoDbForTests.createRecordsTable();

        assertThat(first).startsWith("records-").isNotEqualTo(second);
        assertRecordsTableShape(DynamoDbForTests.client(), first);
        assertThat(DynamoDbForTests.client().scan(request -> request.tableName(second)).count()).isZero();
    }

    private static void assertRecordsTableShape(DynamoDbClient client, String tableName) {
        TableDescription table = client.describeTable(request -> request.tableName(tableName)).table();
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        assertThat(table.localSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byQuarter");
            assertThat(index.keySchema()).containsExactly(key("pk", KeyType.HASH), key("quarterSk", KeyType.RANGE));
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
        });
        assertThat(client.describeTimeToLive(request -> request.tableName(tableName)).timeToLiveDescription())
                .satisfies(ttl -> {
                    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
                    assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
                });
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
