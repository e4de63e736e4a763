package uk.hubreturns.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the template's JSON tree into the model, resolving the values the local runtime uses. */
final class SamTemplateReader {

    static final String TABLE_TYPE = "AWS::DynamoDB::Table";
    static final String FUNCTION_TYPE = "AWS::Serverless::Function";

    private final JsonNode root;
    private final JsonNode resources;
    private final JsonNode functionGlobals;
    private final Map<String, Parameter> parameters;
    private final Intrinsics intrinsics;

    SamTemplateReader(JsonNode root, PseudoParameters pseudo) {
        this.root = root;
        this.resources = root.path("Resources");
        this.functionGlobals = root.path("Globals").path("Function");
        this.parameters = parameters(root.path("Parameters"));
        this.intrinsics = new Intrinsics(parameters, resources, pseudo);
    }

    SamTemplate read() {
        if (!root.isObject() || !resources.isObject()) {
            throw new InvalidTemplateException("The template has no Resources section.");
        }
        List<TableDefinition> tables = new ArrayList<>();
        List<FunctionDefinition> functions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> resource : resources.properties()) {
            String type = resource.getValue().path("Type").asText();
            if (type.equals(TABLE_TYPE)) {
                tables.add(table(resource.getKey(), resource.getValue().path("Properties")));
            } else if (type.equals(FUNCTION_TYPE)) {
                functions.add(function(resource.getKey(), resource.getValue().path("Properties")));
            }
        }
        return new SamTemplate(parameters, tables, functions);
    }

    private static Map<String, Parameter> parameters(JsonNode section) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> parameter : section.properties()) {
            JsonNode defaultValue = parameter.getValue().path("Default");
            parameters.put(parameter.getKey(), new Parameter(parameter.getKey(), parameter.getValue().path("Type").asText(),
                    defaultValue.isValueNode() ? Optional.of(defaultValue.asText()) : Optional.empty()));
        }
        return parameters;
    }

    private TableDefinition table(String logicalId, JsonNode properties) {
        JsonNode ttl = properties.path("TimeToLiveSpecification");
        Optional<String> ttlAttribute = ttl.path("Enabled").asBoolean(false)
                ? Optional.of(required(ttl, "AttributeName", logicalId + " TimeToLiveSpecification"))
                : Optional.empty();
        List<TableDefinition.AttributeDefinition> attributes = new ArrayList<>();
        for (JsonNode attribute : properties.path("AttributeDefinitions")) {
            attributes.add(new TableDefinition.AttributeDefinition(
                    required(attribute, "AttributeName", logicalId + " AttributeDefinitions"),
                    required(attribute, "AttributeType", logicalId + " AttributeDefinitions")));
        }
        return new TableDefinition(
                logicalId,
                intrinsics.tableName(logicalId),
                properties.path("BillingMode").asText("PROVISIONED"),
                attributes,
                keySchema(properties.path("KeySchema"), logicalId),
                indexes(properties.path("LocalSecondaryIndexes"), logicalId),
                indexes(properties.path("GlobalSecondaryIndexes"), logicalId),
                ttlAttribute);
    }

    private List<TableDefinition.SecondaryIndex> indexes(JsonNode section, String tableId) {
        List<TableDefinition.SecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode index : section) {
            String name = required(index, "IndexName", tableId + " index");
            String where = tableId + " index " + name;
            JsonNode projection = index.path("Projection");
            List<String> nonKeyAttributes = new ArrayList<>();
            projection.path("NonKeyAttributes").forEach(attribute -> nonKeyAttributes.add(attribute.asText()));
            indexes.add(new TableDefinition.SecondaryIndex(name, keySchema(index.path("KeySchema"), where),
                    new TableDefinition.Projection(required(projection, "ProjectionType", where + " Projection"), nonKeyAttributes)));
        }
        return indexes;
    }

    private List<TableDefinition.KeyElement> keySchema(JsonNode section, String where) {
        List<TableDefinition.KeyElement> keys = new ArrayList<>();
        for (JsonNode key : section) {
            keys.add(new TableDefinition.KeyElement(required(key, "AttributeName", where + " KeySchema"),
                    required(key, "KeyType", where + " KeySchema")));
        }
        if (keys.isEmpty()) {
            throw new InvalidTemplateException(where + " has no KeySchema.");
        }
        return keys;
    }

    private FunctionDefinition function(String logicalId, JsonNode properties) {
        Optional<String> codeUri = Optional.of(property(properties, "CodeUri"))
                .filter(value -> !value.isMissingNode())
                .map(value -> intrinsics.resolve(value, logicalId + " CodeUri"));
        JsonNode handler = property(properties, "Handler");
        if (handler.isMissingNode()) {
            throw new InvalidTemplateException(logicalId + " has no Handler: set it to package.Class::handleRequest.");
        }
        List<HttpRoute> routes = new ArrayList<>();
        List<Schedule> schedules = new ArrayList<>();
        for (Map.Entry<String, JsonNode> event : properties.path("Events").properties()) {
            String where = logicalId + " event " + event.getKey();
            JsonNode eventProperties = event.getValue().path("Properties");
            String type = event.getValue().path("Type").asText();
            switch (type) {
                case "HttpApi" -> routes.add(route(event.getKey(), eventProperties, where));
                case "ScheduleV2" -> schedules.add(schedule(event.getKey(), eventProperties, where));
                default -> throw new InvalidTemplateException(where + " has Type " + type
                        + ", which the local tools do not model yet: add it to " + SamTemplateReader.class.getName() + ".");
            }
        }
        return new FunctionDefinition(logicalId, codeUri,
                HandlerName.parse(intrinsics.resolve(handler, logicalId + " Handler")),
                wholeNumber(properties, "Timeout", FunctionDefinition.DEFAULT_TIMEOUT_SECONDS, logicalId),
                wholeNumber(properties, "MemorySize", FunctionDefinition.DEFAULT_MEMORY_SIZE_MB, logicalId),
                environment(logicalId, properties), routes, schedules);
    }

    private int wholeNumber(JsonNode functionProperties, String name, int lambdaDefault, String logicalId) {
        JsonNode value = property(functionProperties, name);
        if (value.isMissingNode()) {
            return lambdaDefault;
        }
        String text = intrinsics.resolve(value, logicalId + " " + name);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidTemplateException(logicalId + " " + name + " must be a whole number, but is " + text + ".", e);
        }
    }

    private JsonNode property(JsonNode functionProperties, String name) {
        JsonNode own = functionProperties.path(name);
        return own.isMissingNode() ? functionGlobals.path(name) : own;
    }

    private Map<String, String> environment(String logicalId, JsonNode properties) {
        Map<String, JsonNode> variables = new LinkedHashMap<>();
        functionGlobals.path("Environment").path("Variables").properties().forEach(v -> variables.put(v.getKey(), v.getValue()));
        properties.path("Environment").path("Variables").properties().forEach(v -> variables.put(v.getKey(), v.getValue()));
        Map<String, String> resolved = new LinkedHashMap<>();
        variables.forEach((name, value) -> resolved.put(name, intrinsics.resolve(value, logicalId + " environment variable " + name)));
        return resolved;
    }

    private HttpRoute route(String eventName, JsonNode properties, String where) {
        JsonNode path = properties.path("Path");
        JsonNode method = properties.path("Method");
        if (path.isMissingNode() && method.isMissingNode()) {
            return new HttpRoute(eventName, HttpRoute.ANY, HttpRoute.DEFAULT_ROUTE);
        }
        String pathText = intrinsics.resolve(path, where + " Path");
        if (!pathText.startsWith("/")) {
            throw new InvalidTemplateException(where + " Path must start with /, but is " + pathText + ".");
        }
        String methodText = method.isMissingNode() ? HttpRoute.ANY : intrinsics.resolve(method, where + " Method");
        boolean needsToken = !"NONE".equals(properties.path("Auth").path("Authorizer").asText(""));
        return new HttpRoute(eventName, methodText.toUpperCase(Locale.ROOT), pathText, needsToken);
    }

    private Schedule schedule(String eventName, JsonNode properties, String where) {
        return new Schedule(eventName,
                optional(properties.path("Name"), where + " Name").orElse(eventName),
                intrinsics.resolve(properties.path("ScheduleExpression"), where + " ScheduleExpression"),
                optional(properties.path("ScheduleExpressionTimezone"), where + " ScheduleExpressionTimezone"),
                optional(properties.path("Input"), where + " Input"));
    }

    private Optional<String> optional(JsonNode value, String where) {
        return value.isMissingNode() ? Optional.empty() : Optional.of(intrinsics.resolve(value, where));
    }

    private String required(JsonNode object, String name, String where) {
        JsonNode value = object.path(name);
        if (value.isMissingNode() || value.isNull()) {
            throw new InvalidTemplateException(where + " has no " + name + ".");
        }
        return intrinsics.resolve(value, where + " " + name);
    }
}
