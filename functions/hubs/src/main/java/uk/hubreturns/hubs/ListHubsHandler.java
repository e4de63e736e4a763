package uk.hubreturns.hubs;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /hubs} */
public final class ListHubsHandler extends HttpApiHandler {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final HubsComponent hubs;

    public ListHubsHandler() {
        this(HubsComponent.forLambda());
    }

    ListHubsHandler(HubsComponent hubs) {
        this.hubs = hubs;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return hubs.endpoint().handle(event, context,
                request -> ApiResponse.ok(hubs.hubService().list(request.pageRequest(DEFAULT_PAGE_SIZE))));
    }
}
