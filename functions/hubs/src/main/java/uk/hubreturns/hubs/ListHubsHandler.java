package uk.hubreturns.hubs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /hubs} */
public final class ListHubsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

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
