package uk.hubreturns.agreements;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code POST /hubs/{hubId}/agreements} */
public final class CreateAgreementHandler extends HttpApiHandler {

    private final AgreementsComponent agreements;

    public CreateAgreementHandler() {
        this(AgreementsComponent.forLambda());
    }

    CreateAgreementHandler(AgreementsComponent agreements) {
        this.agreements = agreements;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return agreements.endpoint().handle(event, context, request -> {
            String hubId = request.pathParameter("hubId");
            AgreementDetails details = agreements.requestReader().readAgreement(request.jsonBody());
            Agreement agreement = agreements.agreementService().create(hubId, details);
            return ApiResponse.created(agreement, "/hubs/" + hubId + "/agreements/" + agreement.agreementId()).withETag(agreement.version());
        });
    }
}
