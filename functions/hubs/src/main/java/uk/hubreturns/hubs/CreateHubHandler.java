package uk.hubreturns.hubs;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.hub.Hub;

/** {@code POST /hubs} */
public final class CreateHubHandler extends HttpApiHandler {

    private final HubsComponent hubs;

    public CreateHubHandler() {
        this(HubsComponent.forLambda());
    }

    CreateHubHandler(HubsComponent hubs) {
        this.hubs = hubs;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return hubs.endpoint().handle(event, context, request -> {
            Hub hub = hubs.hubService().create(hubs.requestReader().readNew(request.jsonBody()));
            return ApiResponse.created(hub, "/hubs/" + hub.hubId()).withETag(hub.version());
        });
    }
}
