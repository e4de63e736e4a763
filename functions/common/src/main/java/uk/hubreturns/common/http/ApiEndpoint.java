package uk.hubreturns.common.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Singleton;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;

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
            return toResponse(action.apply(request));
        } catch (InvalidInputException e) {
            return problem(Problem.invalidRequest(e.errors()));
        } catch (RecordNotFoundException e) {
            return problem(Problem.notFound(e.getMessage()));
        } catch (RecordConflictException e) {
            return problem(Problem.conflict(e.getMessage()));
        } catch (RuntimeException e) {
            logUnexpected(context, request, e);
            return problem(Problem.internalError(request.requestId()));
        }
    }

    private APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        Map<String, String> headers = baseHeaders("application/json");
        headers.putAll(response.headers());
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
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(problem.status())
                .withHeaders(baseHeaders(Problem.CONTENT_TYPE))
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
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line);
        } else {
            System.err.println(line);
        }
    }
}
