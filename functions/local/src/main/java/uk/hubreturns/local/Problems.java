package uk.hubreturns.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The problem+json answers the runtime gives itself, shaped like the functions' own problems. */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static HttpReply notFound(String method, String rawPath) {
        return problem(404, "/problems/not-found", "Not found", "No route matches " + method + " " + rawPath + ".", Map.of());
    }

    static HttpReply methodNotAllowed(String method, String rawPath, List<String> allowed) {
        String allowedMethods = String.join(", ", allowed);
        return problem(405, "/problems/method-not-allowed", "Method not allowed",
                method + " is not allowed on " + rawPath + "; allowed: " + allowedMethods + ".",
                Map.of("Allow", List.of(allowedMethods)));
    }

    static HttpReply payloadTooLarge(String detail) {
        return problem(413, "/problems/payload-too-large", "Your request is too large", detail, Map.of());
    }

    static HttpReply badRequest(String detail) {
        return problem(400, "/problems/bad-request", "Bad request", detail, Map.of());
    }

    static HttpReply internalError(String requestId) {
        return problem(500, "/problems/internal-error", "Something went wrong on our side",
                "The request failed; the console running Hub Returns shows why (request id " + requestId + ").", Map.of());
    }

    static HttpReply unauthorized(String detail) {
        return problem(401, "/problems/unauthorized", "Sign in required", detail, Map.of("WWW-Authenticate", List.of("Bearer")));
    }

    static HttpReply noSuchFunction(String functionId) {
        return problem(404, "/problems/not-found", "Not found", "template.yaml has no function " + functionId + ".", Map.of());
    }

    private static HttpReply problem(int status, String type, String title, String detail, Map<String, List<String>> extraHeaders) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        Map<String, List<String>> headers = new LinkedHashMap<>(extraHeaders);
        headers.put("Content-Type", List.of(CONTENT_TYPE));
        headers.put("Cache-Control", List.of("no-store"));
        try {
            return new HttpReply(status, headers, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a problem body", e);
        }
    }
}
