package uk.hubreturns.agreements;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code PUT /hubs/{hubId}/agreements/{agreementId}}: replaces the agreement (same body as POST). */
public final class UpdateAgreementHandler extends HttpApiHandler {

    private final AgreementsComponent agreements;

    public UpdateAgreementHandler() {
        this(AgreementsComponent.forLambda());
    }

    UpdateAgreementHandler(AgreementsComponent agreements) {
        this.agreements = agreements;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return agreements.endpoint().handle(event, context, request -> {
            long version = request.requiredVersion();
            AgreementDetails details = agreements.requestReader().readAgreement(request.jsonBody());
            Agreement agreement = agreements.agreementService().replace(
                    request.pathParameter("hubId"), request.pathParameter("agreementId"), details, version);
            return ApiResponse.ok(agreement).withETag(agreement.version());
        });
    }
}
