package uk.hubreturns.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import uk.hubreturns.template.TableDefinition;
import uk.hubreturns.template.TableDefinition.AttributeDefinition;
import uk.hubreturns.template.TableDefinition.KeyElement;
import uk.hubreturns.template.TableDefinition.Projection;
import uk.hubreturns.template.TableDefinition.SecondaryIndex;

class TemplateTablesTest {

    private static final TableDefinition TABLE = new TableDefinition("RecordsTable", "RecordsTable", "PAY_PER_REQUEST",
            List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("sk", "S"),
                    new AttributeDefinition("quarterSk", "S"), new AttributeDefinition("owner", "S")),
            List.of(new KeyElement("pk", "HASH"), new KeyElement("sk", "RANGE")),
            List.of(new SecondaryIndex("byQuarter", List.of(new KeyElement("pk", "HASH"), new KeyElement("quarterSk", "RANGE")),
                    new Projection("ALL", List.of()))),
            List.of(new SecondaryIndex("byOwner", List.of(new KeyElement("owner", "HASH")),
                    new Projection("INCLUDE", List.of("name")))),
            Optional.of("expiresAt"));

    @Test
    void asksForTheTemplatesKeysAndIndexesUnderTheGivenName() {
        CreateTableRequest request = TemplateTables.createTableRequest(TABLE, "records-copy");

        assertThat(request.tableName()).isEqualTo("records-copy");
        assertThat(request.billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(request.attributeDefinitions()).hasSize(4);
        assertThat(request.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
        assertThat(request.localSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byQuarter");
            assertThat(index.keySchema()).containsExactly(key("pk", KeyType.HASH), key("quarterSk", KeyType.RANGE));
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL);
            assertThat(index.projection().hasNonKeyAttributes()).isFalse();
        });
        assertThat(request.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("byOwner");
            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(index.projection().nonKeyAttributes()).containsExactly("name");
            assertThat(index.provisionedThroughput()).isNull();
        });
    }

    @Test
    void refusesProvisionedTables() {
        TableDefinition provisioned = new TableDefinition("Old", "Old", "PROVISIONED", TABLE.attributeDefinitions(),
                TABLE.keySchema(), List.of(), List.of(), Optional.empty());

        assertThatThrownBy(() -> TemplateTables.createTableRequest(provisioned, "Old"))
                .hasMessageContaining("only create PAY_PER_REQUEST tables");
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
