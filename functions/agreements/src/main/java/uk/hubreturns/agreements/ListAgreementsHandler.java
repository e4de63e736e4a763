package uk.hubreturns.agreements;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /hubs/{hubId}/agreements}: the hub's agreements, a page at a time. */
public final class ListAgreementsHandler extends HttpApiHandler {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final AgreementsComponent agreements;

    public ListAgreementsHandler() {
        this(AgreementsComponent.forLambda());
    }

    ListAgreementsHandler(AgreementsComponent agreements) {
        this.agreements = agreements;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return agreements.endpoint().handle(event, context, request -> {
            return ApiResponse.ok(agreements.agreementService().list(request.pathParameter("hubId"), request.pageRequest(DEFAULT_PAGE_SIZE)));
        });
    }
}
