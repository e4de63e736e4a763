package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a function's HTTP API response into the HTTP response API Gateway would send. */
final class HttpApiResponseMapper {

    private HttpApiResponseMapper() {
    }

    static HttpReply toReply(String functionId, Object result) {
        if (!(result instanceof APIGatewayV2HTTPResponse response)) {
            throw new IllegalStateException(functionId + " returned " + (result == null ? "null" : "a " + result.getClass().getName())
                    + " instead of an APIGatewayV2HTTPResponse.");
        }
        if (response.getStatusCode() < 100 || response.getStatusCode() > 599) {
            throw new IllegalStateException(functionId + " returned the status code " + response.getStatusCode()
                    + ", which is not an HTTP status.");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> add(headers, name, value));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(value -> add(headers, name, value)));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> add(headers, "Set-Cookie", cookie));
        }
        return new HttpReply(response.getStatusCode(), headers, body(response));
    }

    private static void add(Map<String, List<String>> headers, String name, String value) {
        headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }

    private static byte[] body(APIGatewayV2HTTPResponse response) {
        if (response.getBody() == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded()
                ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
    }
}
