package uk.hubreturns.agreements;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Optional;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.time.Quarter;

/** {@code PUT /hubs/{hubId}/agreements/{agreementId}/actuals/{quarter}}: records a quarter's actuals and answers them rated. */
public final class RecordActualsHandler extends HttpApiHandler {

    private final AgreementsComponent agreements;

    public RecordActualsHandler() {
        this(AgreementsComponent.forLambda());
    }

    RecordActualsHandler(AgreementsComponent agreements) {
        this.agreements = agreements;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return agreements.endpoint().handle(event, context, request -> {
            String hubId = request.pathParameter("hubId");
            String agreementId = request.pathParameter("agreementId");
            Optional<Quarter> quarter = Quarter.parse(request.pathParameter("quarter"));
            Agreement agreement = agreements.agreementService().get(hubId, agreementId);
            ActualsDetails details = agreements.requestReader().readActuals(request.jsonBody(),
                    (measureIds, error) -> agreements.agreementService().checkActuals(agreement, quarter, measureIds, error));
            // The read above refused a quarter that is not one, with the body's own problems.
            QuarterActualsView saved = agreements.agreementService().recordActuals(agreement, quarter.orElseThrow(), details,
                    request.optionalVersion());
            return ApiResponse.ok(saved).withETag(saved.version());
        });
    }
}
