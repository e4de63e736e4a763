package uk.hubreturns.template;

import java.util.List;
import java.util.Optional;

/** An {@code AWS::DynamoDB::Table}: {@code tableName} is its TableName property, or its logical id when it has none. */
public record TableDefinition(
        String logicalId,
        String tableName,
        String billingMode,
        List<AttributeDefinition> attributeDefinitions,
        List<KeyElement> keySchema,
        List<SecondaryIndex> localSecondaryIndexes,
        List<SecondaryIndex> globalSecondaryIndexes,
        Optional<String> timeToLiveAttribute) {

    public TableDefinition {
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
    }

    /** {@code type} is S, N or B. */
    public record AttributeDefinition(String name, String type) {
    }

    /** {@code keyType} is HASH or RANGE. */
    public record KeyElement(String attributeName, String keyType) {
    }

    public record SecondaryIndex(String name, List<KeyElement> keySchema, Projection projection) {

        public SecondaryIndex {
            keySchema = List.copyOf(keySchema);
        }
    }

    /** {@code type} is ALL, KEYS_ONLY or INCLUDE; only INCLUDE has non-key attributes. */
    public record Projection(String type, List<String> nonKeyAttributes) {

        public Projection {
            nonKeyAttributes = List.copyOf(nonKeyAttributes);
        }
    }
}
