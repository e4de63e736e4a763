package uk.hubreturns.hubs;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.hub.Hub;

/** {@code PUT /hubs/{hubId}}: replaces the hub's name, area, budget and required sectors. */
public final class UpdateHubHandler extends HttpApiHandler {

    private final HubsComponent hubs;

    public UpdateHubHandler() {
        this(HubsComponent.forLambda());
    }

    UpdateHubHandler(HubsComponent hubs) {
        this.hubs = hubs;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return hubs.endpoint().handle(event, context, request -> {
            String hubId = request.pathParameter("hubId");
            long version = request.requiredVersion();
            Hub hub = hubs.hubService().replace(hubs.requestReader().readReplacement(request.jsonBody(), hubId), version);
            return ApiResponse.ok(hub).withETag(hub.version());
        });
    }
}
