package uk.hubreturns.common.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.time.Quarter;

/** What a handler needs from an HTTP API (payload 2.0) event. */
public final class ApiRequest {

    private final APIGatewayV2HTTPEvent event;

    public ApiRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
    }

    /** A path parameter the route declares; API Gateway always supplies it. */
    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        String value = parameters == null ? null : parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no path parameter {" + name + "}");
        }
        return value;
    }

    public Optional<String> queryParameter(String name) {
        Map<String, String> parameters = event.getQueryStringParameters();
        return Optional.ofNullable(parameters == null ? null : parameters.get(name)).filter(value -> !value.isEmpty());
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(lowerCase))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    public String body() {
        String body = event.getBody();
        if (body == null || !event.getIsBase64Encoded()) {
            return body;
        }
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("$", "the body is not valid base64");
        }
    }

    /** The paging the client asked for with {@code ?limit=} and {@code ?cursor=}. */
    public PageRequest pageRequest(int defaultLimit) {
        Optional<String> cursor = queryParameter("cursor");
        Optional<String> limit = queryParameter("limit");
        if (limit.isEmpty()) {
            return new PageRequest(cursor, defaultLimit);
        }
        try {
            int value = Integer.parseInt(limit.get());
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return new PageRequest(cursor, value);
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw InvalidInputException.of("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
    }

    /** A quarter named in the query string, such as {@code ?quarter=2026-Q1}. */
    public Quarter requiredQuarter(String name) {
        Optional<String> text = queryParameter(name);
        if (text.isEmpty()) {
            throw InvalidInputException.of(name, "is required: a quarter such as 2026-Q1 (April to June 2026)");
        }
        return Quarter.parse(text.get()).orElseThrow(() ->
                InvalidInputException.of(name, "must be a quarter written YYYY-Qn, such as 2026-Q1"));
    }

    public String requestId() {
        return event.getRequestContext() == null ? "unknown" : event.getRequestContext().getRequestId();
    }

    public String routeKey() {
        return event.getRouteKey();
    }
}
