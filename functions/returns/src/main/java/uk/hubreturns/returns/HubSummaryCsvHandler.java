package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** {@code GET /hubs/{hubId}/returns/{quarter}/summary.csv} */
public final class HubSummaryCsvHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final ReturnsComponent returns;

    public HubSummaryCsvHandler() {
        this(ReturnsComponent.forLambda());
    }

    HubSummaryCsvHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                Summaries.hubCsv(request, returns.returns(), request.pathParameter("hubId"), QuarterPath.of(request)));
    }
}
