package uk.hubreturns.template;

import java.util.List;
import java.util.Map;

/** The answer to "which function serves METHOD /path?". */
public sealed interface RouteMatch {

    /** {@code pathParameters} are percent-decoded, as API Gateway passes them. */
    record Found(FunctionDefinition function, HttpRoute route, Map<String, String> pathParameters) implements RouteMatch {
    }

    /** Some route has this path, but none with this method; {@code allowedMethods} is sorted. */
    record MethodNotAllowed(List<String> allowedMethods) implements RouteMatch {
    }

    record NotFound() implements RouteMatch {
    }
}
