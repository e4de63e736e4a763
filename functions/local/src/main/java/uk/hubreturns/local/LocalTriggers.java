package uk.hubreturns.local;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /_local/functions/{FunctionId}/invoke} with a JSON event runs that function now and answers its
 * response: how a user triggers a scheduled function (the rollup) without waiting for its schedule. Local only:
 * API Gateway has no such route.
 */
final class LocalTriggers {

    static final String PREFIX = "/_local/functions/";
    private static final Pattern INVOKE = Pattern.compile("/_local/functions/([A-Za-z0-9]+)/invoke");

    private final EventInvoker invoker;

    LocalTriggers(EventInvoker invoker) {
        this.invoker = invoker;
    }

    Optional<HttpReply> handle(IncomingRequest request) {
        if (!request.rawPath().startsWith(PREFIX)) {
            return Optional.empty();
        }
        Matcher matcher = INVOKE.matcher(request.rawPath());
        if (!matcher.matches()) {
            return Optional.of(Problems.notFound(request.method(), request.rawPath()));
        }
        if (!request.method().equals("POST")) {
            return Optional.of(Problems.methodNotAllowed(request.method(), request.rawPath(), List.of("POST")));
        }
        String functionId = matcher.group(1);
        Optional<WarmContainer> container = invoker.container(functionId);
        if (container.isEmpty()) {
            return Optional.of(Problems.noSuchFunction(functionId));
        }
        String event = new String(request.body(), StandardCharsets.UTF_8);
        try {
            String response = invoker.invoke(container.get(), event, "The request body");
            return Optional.of(new HttpReply(200, Map.of("Content-Type", List.of("application/json"), "Cache-Control", List.of("no-store")),
                    response.getBytes(StandardCharsets.UTF_8)));
        } catch (LocalRuntimeException e) {
            return Optional.of(Problems.badRequest(e.getMessage()));
        }
    }
}
