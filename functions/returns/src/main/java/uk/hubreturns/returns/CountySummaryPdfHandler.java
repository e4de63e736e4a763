package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** {@code GET /returns/{quarter}/summary.pdf} */
public final class CountySummaryPdfHandler extends HttpApiHandler {

    private final ReturnsComponent returns;

    public CountySummaryPdfHandler() {
        this(ReturnsComponent.forLambda());
    }

    CountySummaryPdfHandler(ReturnsComponent returns) {
        this.returns = returns;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return returns.endpoint().handle(event, context, request ->
                Summaries.countyPdf(returns.pdfSummaries(), SignedOffGate.county(request, returns.returns().county(QuarterPath.of(request)))));
    }
}
