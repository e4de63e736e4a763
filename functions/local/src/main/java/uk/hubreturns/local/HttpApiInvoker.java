package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import uk.hubreturns.template.RouteMatch;

/** Calls the function a route names, in this JVM, with the event API Gateway would build. */
final class HttpApiInvoker {

    private final Map<String, WarmContainer> containers;
    private final Clock clock;

    HttpApiInvoker(Map<String, WarmContainer> containers, Clock clock) {
        this.containers = containers;
        this.clock = clock;
    }

    /** {@code claims} are the checked token's, placed where the HTTP API's JWT authorizer places them. */
    HttpReply invoke(RouteMatch.Found match, IncomingRequest request, Map<String, String> claims) {
        String functionId = match.function().logicalId();
        String requestId = UUID.randomUUID().toString();
        WarmContainer container = containers.get(functionId);
        APIGatewayV2HTTPEvent event = HttpApiEventMapper.toEvent(request, match, requestId, clock.instant());
        event.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                .build());
        try {
            LocalLambdaContext context = new LocalLambdaContext(requestId, container.function(), clock);
            Object response = container.handler() instanceof RequestStreamHandler stream
                    ? throughStream(functionId, stream, event, context)
                    : container.handler().handleRequest(event, context);
            return HttpApiResponseMapper.toReply(functionId, response);
        } catch (IOException | RuntimeException | Error e) {
            System.err.println(functionId + " failed on " + match.route().routeKey() + " (request id " + requestId + "):");
            e.printStackTrace();
            return Problems.internalError(requestId);
        }
    }

    /** As Lambda calls a handler that is also a stream handler (it prefers that method): the event as JSON in, the response as JSON out. */
    private static Object throughStream(String functionId, RequestStreamHandler handler, APIGatewayV2HTTPEvent event, LocalLambdaContext context)
            throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(LambdaJson.write(event).getBytes(StandardCharsets.UTF_8)), output, context);
        return LambdaJson.readEvent(output.toString(StandardCharsets.UTF_8), APIGatewayV2HTTPResponse.class, functionId + "'s response");
    }
}
