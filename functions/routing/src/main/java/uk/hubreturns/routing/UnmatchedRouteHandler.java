package uk.hubreturns.routing;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** The HTTP API's {@code $default} route: every request no declared route matches gets a problem+json 404 or 405. */
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
        return routing.endpoint().handle(event, context, request -> {
            throw routing.unmatchedRoutes().refusal(event.getRequestContext().getHttp().getMethod(), event.getRawPath());
        });
    }
}
