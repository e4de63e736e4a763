package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/** {@code GET /hubs/{hubId}/returns}: the hub's quarters, newest first. */
public final class ListHubReturnsHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public ListHubReturnsHandler() {
        this(ReturnsComponent.forLambda());
    }

    ListHubReturnsHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request -> {
            PageRequest page = request.pageRequest(PageRequest.MAX_LIMIT);
            return ApiResponse.ok(Page.of(returns.returns().hubQuarters(request.pathParameter("hubId")), page, HubReturn::quarter));
        });
    }
}
