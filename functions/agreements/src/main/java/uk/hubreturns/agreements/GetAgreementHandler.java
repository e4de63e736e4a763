package uk.hubreturns.agreements;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /hubs/{hubId}/agreements/{agreementId}} */
public final class GetAgreementHandler extends HttpApiHandler {

    private final AgreementsComponent agreements;

    public GetAgreementHandler() {
        this(AgreementsComponent.forLambda());
    }

    GetAgreementHandler(AgreementsComponent agreements) {
        this.agreements = agreements;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return agreements.endpoint().handle(event, context, request -> {
            Agreement agreement = agreements.agreementService().get(request.pathParameter("hubId"), request.pathParameter("agreementId"));
            return ApiResponse.ok(agreement).withETag(agreement.version());
        });
    }
}
