package uk.hubreturns.common.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/**
 * The one JSON line every API invocation writes (CloudWatch Logs Insights can query its fields): the request id,
 * the route, the status and the time taken. Never a body, a query string, a path, a name or a volunteer reference:
 * the route key names the route without the values in it.
 */
final class InvocationLog {

    private InvocationLog() {
    }

    static String line(APIGatewayV2HTTPEvent event, int status, long latencyMs) {
        String requestId = event.getRequestContext() == null ? "unknown" : event.getRequestContext().getRequestId();
        return "{\"level\":\"" + (status >= 500 ? "ERROR" : "INFO") + "\",\"message\":\"request\",\"requestId\":\"" + json(requestId)
                + "\",\"route\":\"" + json(event.getRouteKey()) + "\",\"status\":" + status + ",\"latencyMs\":" + latencyMs + "}";
    }

    private static String json(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
