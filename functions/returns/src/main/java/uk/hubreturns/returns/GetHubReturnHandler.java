package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /hubs/{hubId}/returns/{quarter}} */
public final class GetHubReturnHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public GetHubReturnHandler() {
        this(ReturnsComponent.forLambda());
    }

    GetHubReturnHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                ApiResponse.ok(SignedOffGate.hub(request, returns.returns().hub(request.pathParameter("hubId"), QuarterPath.of(request)))));
    }
}
