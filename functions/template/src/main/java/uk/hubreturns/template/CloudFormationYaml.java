package uk.hubreturns.template;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;

/**
 * Reads CloudFormation YAML into a JSON tree, turning the short-form tags into the long form
 * ({@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !Sub s} becomes {@code {"Fn::Sub": s}}).
 * A plain YAML reader would keep the tagged value and silently drop the tag.
 */
final class CloudFormationYaml {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CloudFormationYaml() {
    }

    static JsonNode read(String yaml) {
        try (YAMLParser parser = YAML.createParser(yaml)) {
            if (parser.nextToken() == null) {
                throw new InvalidTemplateException("The template is empty.");
            }
            return value(parser);
        } catch (IOException e) {
            throw new InvalidTemplateException("The template is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static JsonNode value(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonNode untagged = untaggedValue(parser);
        return isIntrinsic(tag) ? longForm(tag, untagged) : untagged;
    }

    private static JsonNode untaggedValue(YAMLParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(parser.getBooleanValue());
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new InvalidTemplateException("Unexpected " + token + " at " + parser.currentLocation());
        };
    }

    private static ObjectNode object(YAMLParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, value(parser));
        }
        return object;
    }

    private static ArrayNode array(YAMLParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    // Standard YAML tags arrive as "tag:yaml.org,2002:str"; CloudFormation's own tags have no colon.
    private static boolean isIntrinsic(String tag) {
        return tag != null && !tag.isEmpty() && tag.indexOf(':') < 0;
    }

    private static JsonNode longForm(String tag, JsonNode value) {
        ObjectNode function = NODES.objectNode();
        if (tag.equals("Ref") || tag.equals("Condition")) {
            return function.set(tag, value);
        }
        if (tag.equals("GetAtt") && value.isTextual()) {
            String[] resourceAndAttribute = value.asText().split("\\.", 2);
            ArrayNode pair = NODES.arrayNode();
            for (String part : resourceAndAttribute) {
                pair.add(part);
            }
            return function.set("Fn::GetAtt", pair);
        }
        return function.set("Fn::" + tag, value);
    }
}
