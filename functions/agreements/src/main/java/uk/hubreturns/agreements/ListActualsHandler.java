package uk.hubreturns.agreements;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

/** {@code GET /hubs/{hubId}/agreements/{agreementId}/actuals}: every quarter of the agreement, each measure rated. */
public final class ListActualsHandler extends HttpApiHandler {

    private final AgreementsComponent agreements;

    public ListActualsHandler() {
        this(AgreementsComponent.forLambda());
    }

    ListActualsHandler(AgreementsComponent agreements) {
        this.agreements = agreements;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return agreements.endpoint().handle(event, context, request -> {
            PageRequest page = request.pageRequest(PageRequest.MAX_LIMIT);
            return ApiResponse.ok(Page.of(agreements.agreementService().listActuals(request.pathParameter("hubId"),
                    request.pathParameter("agreementId")).items(), page, QuarterActualsView::quarter));
        });
    }
}
