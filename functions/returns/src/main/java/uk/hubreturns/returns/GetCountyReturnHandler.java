package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /returns/{quarter}}: every hub's return, the county totals and the benchmarks. */
public final class GetCountyReturnHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public GetCountyReturnHandler() {
        this(ReturnsComponent.forLambda());
    }

    GetCountyReturnHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                ApiResponse.ok(SignedOffGate.county(request, returns.returns().county(QuarterPath.of(request)))));
    }
}
