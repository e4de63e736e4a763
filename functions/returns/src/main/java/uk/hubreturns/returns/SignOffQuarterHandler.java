package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code POST /returns/{quarter}/sign-off}: recomputes the quarter once more, then freezes it. */
public final class SignOffQuarterHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public SignOffQuarterHandler() {
        this(ReturnsComponent.forLambda());
    }

    SignOffQuarterHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                ApiResponse.ok(returns.returns().signOff(QuarterPath.of(request), request.principal().subject())));
    }
}
