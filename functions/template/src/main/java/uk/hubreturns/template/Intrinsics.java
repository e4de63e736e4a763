package uk.hubreturns.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a template value to the string it stands for locally: {@code Ref} to a parameter gives its
 * {@code Default}, to a table its local table name; {@code Fn::Sub}, {@code Fn::GetAtt} (Arn) and
 * {@code Fn::Join} are worked out from those. Anything else fails, naming where it was used.
 */
final class Intrinsics {

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final Map<String, Parameter> parameters;
    private final JsonNode resources;
    private final PseudoParameters pseudo;

    Intrinsics(Map<String, Parameter> parameters, JsonNode resources, PseudoParameters pseudo) {
        this.parameters = parameters;
        this.resources = resources;
        this.pseudo = pseudo;
    }

    String resolve(JsonNode value, String where) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            throw new InvalidTemplateException(where + " has no value.");
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isObject() && value.size() == 1) {
            Map.Entry<String, JsonNode> function = value.properties().iterator().next();
            switch (function.getKey()) {
                case "Ref":
                    return ref(text(function.getValue(), where), where);
                case "Fn::Sub":
                    return sub(function.getValue(), where);
                case "Fn::GetAtt":
                    return getAtt(function.getValue(), where);
                case "Fn::Join":
                    return join(function.getValue(), where);
                default:
                    break;
            }
        }
        throw new InvalidTemplateException(where + " is " + value + ", which the local runtime cannot work out:"
                + " use a plain value, !Ref, !Sub, !GetAtt (Arn) or !Join.");
    }

    String tableName(String logicalId) {
        JsonNode tableName = resources.path(logicalId).path("Properties").path("TableName");
        return tableName.isMissingNode() ? logicalId : resolve(tableName, logicalId + " TableName");
    }

    private String ref(String name, String where) {
        String pseudoValue = pseudo.value(name);
        if (pseudoValue != null) {
            return pseudoValue;
        }
        Parameter parameter = parameters.get(name);
        if (parameter != null) {
            return parameter.defaultValue().orElseThrow(() -> new InvalidTemplateException(where + " refers to the parameter "
                    + name + ", which has no Default: give it one, since the local runtime uses parameter defaults."));
        }
        String type = resourceType(name, where);
        if (type.equals(SamTemplateReader.TABLE_TYPE)) {
            return tableName(name);
        }
        if (type.equals(SamTemplateReader.FUNCTION_TYPE)) {
            return name;
        }
        throw new InvalidTemplateException(where + " refers to " + name + ", a " + type
                + ": the local runtime only resolves references to parameters, tables and functions.");
    }

    private String getAtt(JsonNode value, String where) {
        if (!value.isArray() || value.size() != 2) {
            throw new InvalidTemplateException(where + ": !GetAtt needs Resource.Attribute, but is " + value + ".");
        }
        String resource = text(value.get(0), where);
        String attribute = resolve(value.get(1), where);
        return arn(resource, attribute, where);
    }

    private String arn(String resource, String attribute, String where) {
        String type = resourceType(resource, where);
        if (attribute.equals("Arn") && type.equals(SamTemplateReader.TABLE_TYPE)) {
            return "arn:aws:dynamodb:" + pseudo.region() + ":" + pseudo.accountId() + ":table/" + tableName(resource);
        }
        if (attribute.equals("Arn") && type.equals(SamTemplateReader.FUNCTION_TYPE)) {
            return "arn:aws:lambda:" + pseudo.region() + ":" + pseudo.accountId() + ":function:" + resource;
        }
        throw new InvalidTemplateException(where + " asks for " + resource + "." + attribute
                + ": the local runtime only knows the Arn of tables and functions.");
    }

    private String sub(JsonNode value, String where) {
        if (value.isTextual()) {
            return substitute(value.asText(), Map.of(), where);
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isTextual() && value.get(1).isObject()) {
            return substitute(value.get(0).asText(), fieldsOf(value.get(1)), where);
        }
        throw new InvalidTemplateException(where + ": !Sub needs a string, or a string and a map of variables, but is " + value + ".");
    }

    private String substitute(String template, Map<String, JsonNode> variables, String where) {
        Matcher matcher = SUB_VARIABLE.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(variable(matcher.group(1), variables, where)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String variable(String name, Map<String, JsonNode> variables, String where) {
        if (name.startsWith("!")) {
            return "${" + name.substring(1) + "}";
        }
        if (variables.containsKey(name)) {
            return resolve(variables.get(name), where + " ${" + name + "}");
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return arn(name.substring(0, dot), name.substring(dot + 1), where);
        }
        return ref(name, where);
    }

    private String join(JsonNode value, String where) {
        if (!value.isArray() || value.size() != 2 || !value.get(1).isArray()) {
            throw new InvalidTemplateException(where + ": !Join needs a delimiter and a list, but is " + value + ".");
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode part : value.get(1)) {
            parts.add(resolve(part, where));
        }
        return String.join(resolve(value.get(0), where), parts);
    }

    private String resourceType(String logicalId, String where) {
        JsonNode resource = resources.path(logicalId);
        if (resource.isMissingNode()) {
            throw new InvalidTemplateException(where + " refers to " + logicalId
                    + ", which is neither a parameter nor a resource of the template.");
        }
        return resource.path("Type").asText();
    }

    private static String text(JsonNode value, String where) {
        if (!value.isTextual()) {
            throw new InvalidTemplateException(where + ": expected a name, but found " + value + ".");
        }
        return value.asText();
    }

    private static Map<String, JsonNode> fieldsOf(JsonNode object) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            fields.put(field.getKey(), field.getValue());
        }
        return fields;
    }
}
