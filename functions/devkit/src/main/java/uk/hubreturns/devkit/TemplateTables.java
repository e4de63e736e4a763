package uk.hubreturns.devkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import uk.hubreturns.template.SamTemplate;
import uk.hubreturns.template.TableDefinition;

/** Creates the template's DynamoDB tables, with their keys, indexes and time to live, the way CloudFormation would. */
public final class TemplateTables {

    private final DynamoDbClient client;
    private final SamTemplate template;

    public TemplateTables(DynamoDbClient client, SamTemplate template) {
        this.client = client;
        this.template = template;
    }

    /** Creates each table that does not exist yet and returns the names of those it created. */
    public List<String> createMissing() {
        Set<String> existing = new HashSet<>(client.listTablesPaginator().tableNames().stream().toList());
        List<String> created = new ArrayList<>();
        for (TableDefinition table : template.tables()) {
            if (!existing.contains(table.tableName())) {
                create(table, table.tableName());
                created.add(table.tableName());
            }
        }
        return created;
    }

    /** Creates a table shaped like the template's {@code logicalId} under another name, such as one table per test class. */
    public void createCopy(String logicalId, String tableName) {
        TableDefinition table = template.table(logicalId).orElseThrow(() ->
                new IllegalArgumentException("template.yaml has no table " + logicalId + "; it has " + template.tables().stream()
                        .map(TableDefinition::logicalId).toList() + "."));
        create(table, tableName);
    }

    private void create(TableDefinition table, String tableName) {
        client.createTable(createTableRequest(table, tableName));
        client.waiter().waitUntilTableExists(request -> request.tableName(tableName));
        table.timeToLiveAttribute().ifPresent(attribute -> client.updateTimeToLive(request -> request
                .tableName(tableName)
                .timeToLiveSpecification(ttl -> ttl.attributeName(attribute).enabled(true))));
    }

    static CreateTableRequest createTableRequest(TableDefinition table, String tableName) {
        if (!table.billingMode().equals(BillingMode.PAY_PER_REQUEST.toString())) {
            throw new IllegalArgumentException("The table " + table.logicalId() + " has BillingMode " + table.billingMode()
                    + ": the local tools only create PAY_PER_REQUEST tables, which is what template.yaml should use.");
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(table.attributeDefinitions().stream()
                        .map(attribute -> AttributeDefinition.builder()
                                .attributeName(attribute.name()).attributeType(attribute.type()).build())
                        .toList())
                .keySchema(keySchema(table.keySchema()));
        if (!table.localSecondaryIndexes().isEmpty()) {
            request.localSecondaryIndexes(table.localSecondaryIndexes().stream()
                    .map(index -> LocalSecondaryIndex.builder()
                            .indexName(index.name()).keySchema(keySchema(index.keySchema())).projection(projection(index.projection()))
                            .build())
                    .toList());
        }
        if (!table.globalSecondaryIndexes().isEmpty()) {
            request.globalSecondaryIndexes(table.globalSecondaryIndexes().stream()
                    .map(index -> GlobalSecondaryIndex.builder()
                            .indexName(index.name()).keySchema(keySchema(index.keySchema())).projection(projection(index.projection()))
                            .build())
                    .toList());
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(List<TableDefinition.KeyElement> keys) {
        return keys.stream()
                .map(key -> KeySchemaElement.builder().attributeName(key.attributeName()).keyType(key.keyType()).build())
                .toList();
    }

    private static Projection projection(TableDefinition.Projection projection) {
        Projection.Builder builder = Projection.builder().projectionType(projection.type());
        if (!projection.nonKeyAttributes().isEmpty()) {
            builder.nonKeyAttributes(projection.nonKeyAttributes());
        }
        return builder.build();
    }
}
