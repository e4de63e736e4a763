package uk.hubreturns.local;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.hubreturns.devkit.LocalDynamoDbClient;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.PseudoParameters;

/**
 * The settings the functions read, set as JVM system properties because a running JVM cannot change its
 * environment variables: each function's environment from template.yaml, plus what makes the AWS SDK talk
 * to DynamoDB Local. Every function shares this JVM, so a variable may have only one value across them.
 */
final class LocalSystemProperties {

    private LocalSystemProperties() {
    }

    static Map<String, String> forFunctions(List<FunctionDefinition> functions, URI dynamoDbEndpoint) {
        Map<String, String> properties = new TreeMap<>();
        Map<String, String> setBy = new TreeMap<>();
        for (FunctionDefinition function : functions) {
            function.environment().forEach((name, value) -> {
                String previous = properties.putIfAbsent(name, value);
                setBy.putIfAbsent(name, function.logicalId());
                if (previous != null && !previous.equals(value)) {
                    throw new LocalRuntimeException("The environment variable " + name + " is '" + previous + "' for "
                            + setBy.get(name) + " but '" + value + "' for " + function.logicalId()
                            + ": the local runtime runs every function in one JVM, where it can have only one value."
                            + " Give both the same value, or use different names.");
                }
            });
        }
        properties.put("DYNAMODB_ENDPOINT", dynamoDbEndpoint.toString());
        properties.put("AWS_REGION", PseudoParameters.LOCAL.region());
        properties.put("AWS_ACCESS_KEY_ID", LocalDynamoDbClient.ACCESS_KEY_ID);
        properties.put("AWS_SECRET_ACCESS_KEY", LocalDynamoDbClient.SECRET_ACCESS_KEY);
        properties.put("aws.accessKeyId", LocalDynamoDbClient.ACCESS_KEY_ID);
        properties.put("aws.secretAccessKey", LocalDynamoDbClient.SECRET_ACCESS_KEY);
        return properties;
    }

    static void apply(Map<String, String> properties) {
        properties.forEach(System::setProperty);
    }
}
