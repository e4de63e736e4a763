package uk.hubreturns.routing;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The HTTP API's {@code $default} route: every request no declared route matches gets a problem+json 404 or 405.
 * Also the {@code OPTIONS /{proxy+}} route, which needs no token: a browser's CORS preflight carries none, and
 * without that route it would fall to {@code $default} and be refused, blocking the site's every call. It answers
 * 204; API Gateway adds the CORS headers the template configures.
 */
public final class UnmatchedRouteHandler extends HttpApiHandler {

    private final RoutingComponent routing;

    public UnmatchedRouteHandler() {
        this(RoutingComponent.forLambda());
    }

    UnmatchedRouteHandler(RoutingComponent routing) {
        this.routing = routing;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if ("OPTIONS".equals(event.getRequestContext().getHttp().getMethod())) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(204).withHeaders(java.util.Map.of("Cache-Control", "no-store")).build();
        }
        return routing.endpoint().handle(event, context, request -> {
            throw routing.unmatchedRoutes().refusal(event.getRequestContext().getHttp().getMethod(), event.getRawPath());
        });
    }
}
