package uk.hubreturns.hubs;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.hub.Hub;

/** {@code GET /hubs/{hubId}} */
public final class GetHubHandler extends HttpApiHandler {

    private final HubsComponent hubs;

    public GetHubHandler() {
        this(HubsComponent.forLambda());
    }

    GetHubHandler(HubsComponent hubs) {
        this.hubs = hubs;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return hubs.endpoint().handle(event, context,
                request -> {
                    Hub hub = hubs.hubService().get(request.pathParameter("hubId"));
                    return ApiResponse.ok(hub).withETag(hub.version());
                });
    }
}
