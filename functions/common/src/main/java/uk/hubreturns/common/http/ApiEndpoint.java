package uk.hubreturns.common.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Singleton;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;
import uk.hubreturns.common.security.AccessPolicy;
import uk.hubreturns.common.security.Decision;
import uk.hubreturns.common.security.Principal;

/**
 * Runs one API action and turns its result, or its failure, into the HTTP response.
 * Known failures become 4xx problem+json; anything else is logged once and becomes a bare 500.
 */
@Singleton
public final class ApiEndpoint {

    private final ObjectMapper mapper;

    @Inject
    public ApiEndpoint(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context context, Function<ApiRequest, ApiResponse> action) {
        ApiRequest request = new ApiRequest(event);
        try {
            return toResponse(action.apply(authorised(event)));
        } catch (UnauthorizedException e) {
            return problem(Problem.unauthorized(e.getMessage()), Map.of("WWW-Authenticate", "Bearer"));
        } catch (ForbiddenException e) {
            return problem(Problem.forbidden(e.getMessage()));
        } catch (InvalidInputException e) {
            return problem(Problem.invalidRequest(e.errors()));
        } catch (RecordNotFoundException e) {
            return problem(Problem.notFound(e.getMessage()));
        } catch (MethodNotAllowedException e) {
            return problem(Problem.methodNotAllowed(e.getMessage()), Map.of("Allow", String.join(", ", e.allowedMethods())));
        } catch (RecordConflictException e) {
            return problem(Problem.conflict(e.getMessage()));
        } catch (PayloadTooLargeException e) {
            return problem(Problem.payloadTooLarge(e.getMessage()));
        } catch (UnsupportedMediaTypeException e) {
            return problem(Problem.unsupportedMediaType(e.getMessage()));
        } catch (TemporarilyUnavailableException e) {
            logTemporaryFailure(context, request, e);
            return problem(Problem.temporarilyUnavailable(e.getMessage()),
                    Map.of("Retry-After", Integer.toString(e.retryAfterSeconds())));
        } catch (RuntimeException e) {
            logUnexpected(context, request, e);
            return problem(Problem.internalError(request.requestId()));
        }
    }

    /** Checks the caller against the access policy before the action runs, so a refusal writes nothing. */
    private static ApiRequest authorised(APIGatewayV2HTTPEvent event) {
        Principal principal = Principal.from(event).orElseThrow(() ->
                new UnauthorizedException("Sign in first: this needs a valid bearer token in the Authorization header."));
        String hubId = event.getPathParameters() == null ? null : event.getPathParameters().get("hubId");
        Decision decision = AccessPolicy.decide(event.getRouteKey(), principal, hubId);
        if (decision == Decision.DENY) {
            throw new ForbiddenException(hubId == null
                    ? "Your role does not allow this."
                    : "Your role does not allow this for hub '" + hubId + "'.");
        }
        return new ApiRequest(event, principal, decision == Decision.ALLOW_IF_SIGNED_OFF);
    }

    private APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        Map<String, String> headers = baseHeaders("application/json");
        headers.putAll(response.headers());
        if (response.body() instanceof FileBody file) {
            headers.put("Content-Type", file.contentType());
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(response.status())
                    .withHeaders(headers)
                    .withBody(Base64.getEncoder().encodeToString(file.bytes()))
                    .withIsBase64Encoded(true)
                    .build();
        }
        if (response.body() == null) {
            headers.remove("Content-Type");
            return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status()).withHeaders(headers).build();
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(headers)
                .withBody(write(response.body()))
                .build();
    }

    private APIGatewayV2HTTPResponse problem(Problem problem) {
        return problem(problem, Map.of());
    }

    private APIGatewayV2HTTPResponse problem(Problem problem, Map<String, String> extraHeaders) {
        Map<String, String> headers = baseHeaders(Problem.CONTENT_TYPE);
        headers.putAll(extraHeaders);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(problem.status())
                .withHeaders(headers)
                .withBody(write(problem))
                .build();
    }

    private static Map<String, String> baseHeaders(String contentType) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        return headers;
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise a " + body.getClass().getSimpleName(), e);
        }
    }

    // Request bodies and query strings may carry people's names, so only the route and request id are logged.
    private static void logUnexpected(Context context, ApiRequest request, RuntimeException failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String line = "{\"level\":\"ERROR\",\"requestId\":\"" + request.requestId() + "\",\"route\":\""
                + request.routeKey() + "\",\"error\":\"" + failure.getClass().getName() + "\"}\n" + trace;
        log(context, line);
    }

    // A 503 is expected now and then (throttling, a network blip): one line naming the root cause's type, not its message.
    private static void logTemporaryFailure(Context context, ApiRequest request, TemporarilyUnavailableException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        log(context, "{\"level\":\"WARN\",\"requestId\":\"" + request.requestId() + "\",\"route\":\""
                + request.routeKey() + "\",\"error\":\"" + cause.getClass().getName() + "\"}");
    }

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line);
        } else {
            System.err.println(line);
        }
    }
}
