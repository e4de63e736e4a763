package uk.hubreturns.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import uk.hubreturns.backup.RecordShapes.Attribute;
import uk.hubreturns.backup.RecordShapes.Document;
import uk.hubreturns.backup.RecordShapes.Kind;
import uk.hubreturns.backup.RecordShapes.ListOf;
import uk.hubreturns.backup.RecordShapes.MapOf;
import uk.hubreturns.backup.RecordShapes.Shape;
import uk.hubreturns.backup.RecordShapes.WholeNumber;

/**
 * Holds the restore's description of each kind of record against the table schema the application writes and reads
 * that kind with, so that an attribute added to a record, or read as another type, cannot be missed by the restore.
 * The kinds written without a schema (returns, sign-offs, volunteer refs) are covered by {@code BackupCommandIT},
 * which restores every kind the API writes.
 */
class RecordShapesTest {

    private static final Set<String> KEYS = Set.of("pk", "sk");
    private static final DefaultAttributeConverterProvider CONVERTERS = DefaultAttributeConverterProvider.create();

    @Test
    void everyKindWrittenThroughATableSchemaIsDescribedWithEachOfItsAttributesAndTheTypeTheSchemaWritesAndReads() {
        Map<List<String>, String> schemaOfKind = Map.of(
                List.of("HUBS", "HUB#north"), "uk.hubreturns.common.hub.HubItem",
                List.of("HUB#north", "MEETING#m1"), "uk.hubreturns.meetings.MeetingItem",
                List.of("HUB#north", "VOLUNTEER#v1"), "uk.hubreturns.volunteering.VolunteerEntryItem",
                List.of("HUB#north", "IMPORT#abc"), "uk.hubreturns.volunteering.VolunteerImportItem",
                List.of("HUB#north", "IMPORT_LEDGER"), "uk.hubreturns.volunteering.ImportLedgerItem",
                List.of("HUB#north", "AGREEMENT#a1"), "uk.hubreturns.agreements.AgreementItem",
                List.of("HUB#north", "ACTUALS#a1#2026-Q1"), "uk.hubreturns.agreements.ActualsItem",
                List.of("AUDIT#north", "2026-05-14T10:00:00.000000000Z#r1"), "uk.hubreturns.common.ledger.DynamoDbAuditLog");

        List<String> differences = new ArrayList<>();
        schemaOfKind.forEach((keys, schemaClass) -> {
            Kind kind = RecordShapes.kindOf(keys.get(0), keys.get(1));
            assertThat(kind).as("the kind kept under %s", keys).isNotNull();
            differences.addAll(differences(kind.name(), kind.attributes(), schema(schemaClass), KEYS));
        });

        assertThat(differences).isEmpty();
    }

    private static List<String> differences(String where, Map<String, Attribute> described, TableSchema<?> schema, Set<String> leftOut) {
        List<String> differences = new ArrayList<>();
        Set<String> written = new TreeSet<>(schema.attributeNames());
        written.removeAll(leftOut);
        for (String name : written) {
            if (described.containsKey(name)) {
                differences.addAll(differences(where + "'s " + name, described.get(name).shape(), schema.converterForAttribute(name)));
            } else {
                differences.add(where + "'s " + name + " is written by the application but not described");
            }
        }
        new TreeSet<>(described.keySet()).stream().filter(name -> !written.contains(name))
                .forEach(name -> differences.add(where + "'s " + name + " is described but the application has no such attribute"));
        return differences;
    }

    private static List<String> differences(String where, Shape shape, AttributeConverter<?> converter) {
        if (!shape.type().name().equals(converter.attributeValueType().name())) {
            return List.of(where + " is described as " + shape.type() + " but written as " + converter.attributeValueType());
        }
        EnhancedType<?> type = converter.type();
        if (shape instanceof WholeNumber number) {
            Class<?> read = type.rawClass();
            boolean sameRange = read == Long.class ? number.max() == Long.MAX_VALUE : read == Integer.class && number.max() == Integer.MAX_VALUE;
            return sameRange ? List.of() : List.of(where + " is read as " + read.getSimpleName() + " but described as " + number.what());
        }
        if (shape instanceof ListOf list) {
            return elementDifferences(where + "[]", list.element(), type.rawClassParameters().get(0));
        }
        if (shape instanceof MapOf map) {
            return elementDifferences(where + ".*", map.value(), type.rawClassParameters().get(1));
        }
        return List.of();
    }

    private static List<String> elementDifferences(String where, Shape shape, EnhancedType<?> type) {
        if (type.tableSchema().isPresent()) {
            return shape instanceof Document document
                    ? differences(where, document.fields(), type.tableSchema().get(), Set.of())
                    : List.of(where + " is a nested item but described as " + shape.type());
        }
        return differences(where, shape, CONVERTERS.converterFor(type));
    }

    /** The schemas are package-private in their own modules; this reads the very ones the application uses. */
    private static TableSchema<?> schema(String className) {
        try {
            Field field = Class.forName(className).getDeclaredField("SCHEMA");
            field.setAccessible(true);
            return (TableSchema<?>) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No table schema at " + className + ".SCHEMA", e);
        }
    }
}
