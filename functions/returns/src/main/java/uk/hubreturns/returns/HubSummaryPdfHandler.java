package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** {@code GET /hubs/{hubId}/returns/{quarter}/summary.pdf} */
public final class HubSummaryPdfHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public HubSummaryPdfHandler() {
        this(ReturnsComponent.forLambda());
    }

    HubSummaryPdfHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                Summaries.hubPdf(request, returns.pdfSummaries(), returns.returns(), request.pathParameter("hubId"), QuarterPath.of(request)));
    }
}
