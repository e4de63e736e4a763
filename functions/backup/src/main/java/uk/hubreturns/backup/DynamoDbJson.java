package uk.hubreturns.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items as DynamoDB JSON, the typed form AWS's own table export writes ({@code {"S": "text"}}, {@code {"N": "12"}},
 * {@code {"M": {…}}} and so on), so that a restore puts back exactly what was read: numbers keep their digits and
 * sets stay sets. {@link #plain} is the untyped form, for a spreadsheet cell.
 */
final class DynamoDbJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DynamoDbJson() {
    }

    static ObjectNode typed(Map<String, AttributeValue> item) {
        ObjectNode node = NODES.objectNode();
        item.forEach((name, value) -> node.set(name, typed(value)));
        return node;
    }

    static JsonNode typed(AttributeValue value) {
        ObjectNode node = NODES.objectNode();
        switch (value.type()) {
            case S -> node.put("S", value.s());
            case N -> node.put("N", value.n());
            case B -> node.put("B", value.b().asByteArray());
            case BOOL -> node.put("BOOL", value.bool());
            case NUL -> node.put("NULL", true);
            case SS -> strings(node.putArray("SS"), value.ss());
            case NS -> strings(node.putArray("NS"), value.ns());
            case BS -> value.bs().forEach(bytes -> node.withArray("BS").add(bytes.asByteArray()));
            case M -> node.set("M", typed(value.m()));
            case L -> {
                ArrayNode list = node.putArray("L");
                value.l().forEach(element -> list.add(typed(element)));
            }
            default -> throw new IllegalArgumentException("An attribute of a type this export does not know: " + value.type());
        }
        return node;
    }

    /** Reads an item back; {@link IllegalArgumentException} names what is wrong, with {@code where} the attribute. */
    static Map<String, AttributeValue> item(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + " is not an object of attributes");
        }
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            item.put(field.getKey(), value(field.getValue(), where + "." + field.getKey()));
        }
        return item;
    }

    private static AttributeValue value(JsonNode node, String where) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException(where + " must be one typed value such as {\"S\": \"text\"}");
        }
        String type = node.fieldNames().next();
        JsonNode content = node.get(type);
        try {
            return switch (type) {
                case "S" -> AttributeValue.fromS(text(content, where));
                case "N" -> AttributeValue.fromN(number(text(content, where), where));
                case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(content.binaryValue()));
                case "BOOL" -> AttributeValue.fromBool(bool(content, where));
                case "NULL" -> AttributeValue.fromNul(true);
                case "SS" -> AttributeValue.fromSs(texts(content, where));
                case "NS" -> AttributeValue.fromNs(texts(content, where).stream().map(n -> number(n, where)).toList());
                case "BS" -> AttributeValue.fromBs(binaries(content, where));
                case "M" -> AttributeValue.fromM(item(content, where));
                case "L" -> AttributeValue.fromL(list(content, where));
                default -> throw new IllegalArgumentException(where + " has the unknown type \"" + type + "\"");
            };
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(where + " is not base64 binary");
        }
    }

    /** The value as a spreadsheet shows it: text as it is, numbers as written, anything nested as compact JSON. */
    static String plain(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> value.n();
            case BOOL -> value.bool().toString();
            case NUL -> "";
            default -> untyped(value).toString();
        };
    }

    private static JsonNode untyped(AttributeValue value) {
        return switch (value.type()) {
            case S -> NODES.textNode(value.s());
            case N -> NODES.numberNode(new java.math.BigDecimal(value.n()));
            case BOOL -> NODES.booleanNode(value.bool());
            case NUL -> NODES.nullNode();
            case B -> NODES.binaryNode(value.b().asByteArray());
            case SS -> strings(NODES.arrayNode(), value.ss());
            case NS -> {
                ArrayNode numbers = NODES.arrayNode();
                value.ns().forEach(n -> numbers.add(new java.math.BigDecimal(n)));
                yield numbers;
            }
            case BS -> {
                ArrayNode binaries = NODES.arrayNode();
                value.bs().forEach(bytes -> binaries.add(bytes.asByteArray()));
                yield binaries;
            }
            case M -> {
                ObjectNode map = NODES.objectNode();
                value.m().forEach((name, element) -> map.set(name, untyped(element)));
                yield map;
            }
            case L -> {
                ArrayNode list = NODES.arrayNode();
                value.l().forEach(element -> list.add(untyped(element)));
                yield list;
            }
            default -> NODES.nullNode();
        };
    }

    private static ArrayNode strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
        return array;
    }

    private static String text(JsonNode content, String where) {
        if (content == null || !content.isTextual()) {
            throw new IllegalArgumentException(where + " must hold its value as a JSON string");
        }
        return content.textValue();
    }

    private static String number(String text, String where) {
        try {
            new java.math.BigDecimal(text);
            return text;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " is not a number: \"" + text + "\"");
        }
    }

    private static boolean bool(JsonNode content, String where) {
        if (content == null || !content.isBoolean()) {
            throw new IllegalArgumentException(where + " must be true or false");
        }
        return content.booleanValue();
    }

    private static List<String> texts(JsonNode content, String where) {
        if (content == null || !content.isArray() || content.isEmpty()) {
            throw new IllegalArgumentException(where + " must be a non-empty array of strings");
        }
        List<String> texts = new ArrayList<>();
        content.forEach(element -> texts.add(text(element, where)));
        return texts;
    }

    private static List<SdkBytes> binaries(JsonNode content, String where) throws java.io.IOException {
        if (content == null || !content.isArray() || content.isEmpty()) {
            throw new IllegalArgumentException(where + " must be a non-empty array of base64 strings");
        }
        List<SdkBytes> binaries = new ArrayList<>();
        for (JsonNode element : content) {
            binaries.add(SdkBytes.fromByteArray(element.binaryValue()));
        }
        return binaries;
    }

    private static List<AttributeValue> list(JsonNode content, String where) {
        if (content == null || !content.isArray()) {
            throw new IllegalArgumentException(where + " must be an array of typed values");
        }
        List<AttributeValue> list = new ArrayList<>();
        int index = 0;
        for (JsonNode element : content) {
            list.add(value(element, where + "[" + index++ + "]"));
        }
        return list;
    }
}
