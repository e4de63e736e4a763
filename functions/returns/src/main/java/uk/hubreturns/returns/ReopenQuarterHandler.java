package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code POST /returns/{quarter}/reopen}: undoes a sign-off, recording who and when. */
public final class ReopenQuarterHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public ReopenQuarterHandler() {
        this(ReturnsComponent.forLambda());
    }

    ReopenQuarterHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                ApiResponse.ok(returns.returns().reopen(QuarterPath.of(request), request.principal().subject())));
    }
}
