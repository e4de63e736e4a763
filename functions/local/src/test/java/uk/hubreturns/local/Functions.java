package uk.hubreturns.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.HandlerName;
import uk.hubreturns.template.HttpRoute;

/** Function definitions for tests that do not need template.yaml. */
final class Functions {

    private Functions() {
    }

    static FunctionDefinition httpApi(String logicalId, Class<?> handler, String method, String path) {
        return new FunctionDefinition(logicalId, Optional.empty(), HandlerName.parse(handler.getName() + "::handleRequest"),
                10, 1024, Map.of(), List.of(new HttpRoute("Api", method, path)), List.of());
    }

    static FunctionDefinition withEnvironment(String logicalId, Map<String, String> environment) {
        return new FunctionDefinition(logicalId, Optional.empty(), HandlerName.parse("x.Handler"), 10, 1024, environment,
                List.of(), List.of());
    }
}
