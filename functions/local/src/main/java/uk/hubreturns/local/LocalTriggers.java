package uk.hubreturns.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local runtime's own routes, under {@code /_local/} (API Gateway has none of them):
 * <ul>
 *   <li>{@code POST /_local/functions/{FunctionId}/invoke} with a JSON event runs that function now and answers its
 *       response: how a user triggers a scheduled function (the rollup) without waiting for its schedule;</li>
 *   <li>{@code POST /_local/token} with {@code {"role": "hub-staff", "hubs": ["north"], "subject": "…"}} answers a
 *       token for that role, as Cognito's sign-in would (the site's local sign-in uses it).</li>
 * </ul>
 */
final class LocalTriggers {

    static final String PREFIX = "/_local/";
    private static final Pattern INVOKE = Pattern.compile("/_local/functions/([A-Za-z0-9]+)/invoke");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventInvoker invoker;
    private final LocalTokens tokens;
    private final Clock clock;

    LocalTriggers(EventInvoker invoker, LocalTokens tokens, Clock clock) {
        this.invoker = invoker;
        this.tokens = tokens;
        this.clock = clock;
    }

    Optional<HttpReply> handle(IncomingRequest request) {
        if (!request.rawPath().startsWith(PREFIX)) {
            return Optional.empty();
        }
        if (request.rawPath().equals("/_local/token")) {
            return Optional.of(request.method().equals("POST") ? token(request)
                    : Problems.methodNotAllowed(request.method(), request.rawPath(), List.of("POST")));
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
        } catch (RuntimeException e) {
            // A function refusing its event (the rollup given "quarter": "2026-Q9") is the caller's mistake, not the runtime's.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException refused) {
                    return Optional.of(Problems.badRequest(functionId + " refused the event: " + refused.getMessage()));
                }
            }
            throw e;
        }
    }

    private HttpReply token(IncomingRequest request) {
        TokenRequest wanted;
        try {
            JsonNode body = JSON.readTree(request.body());
            List<String> hubs = new ArrayList<>();
            body.path("hubs").forEach(hub -> hubs.add(hub.asText()));
            wanted = TokenRequest.of(body.path("role").asText(""), hubs, body.path("subject").asText(""));
        } catch (IOException e) {
            return Problems.badRequest("Send {\"role\": \"hub-staff\", \"hubs\": [\"north\"]} as JSON.");
        } catch (UsageException e) {
            return Problems.badRequest(e.getMessage());
        }
        Instant now = clock.instant();
        String token = tokens.issue(wanted.subject(), wanted.role(), wanted.hubs(), LocalTokens.DEFAULT_LIFETIME, now);
        ObjectNode answer = JSON.createObjectNode().put("token", token)
                .put("expiresAt", now.plus(LocalTokens.DEFAULT_LIFETIME).toString());
        try {
            return new HttpReply(200, Map.of("Content-Type", List.of("application/json"), "Cache-Control", List.of("no-store")),
                    JSON.writeValueAsBytes(answer));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
