package uk.hubreturns.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code AWS::Serverless::Function}. {@code environment} is what the function would see on AWS:
 * the Globals variables overlaid with its own, every value resolved. Timeout and memory fall back to
 * the Globals, then to Lambda's defaults of 3 seconds and 128 MB.
 */
public record FunctionDefinition(
        String logicalId,
        Optional<String> codeUri,
        HandlerName handler,
        int timeoutSeconds,
        int memorySizeMb,
        Map<String, String> environment,
        List<HttpRoute> httpRoutes,
        List<Schedule> schedules) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 3;
    public static final int DEFAULT_MEMORY_SIZE_MB = 128;

    public FunctionDefinition {
        environment = Map.copyOf(environment);
        httpRoutes = List.copyOf(httpRoutes);
        schedules = List.copyOf(schedules);
    }
}
