package uk.hubreturns.volunteering;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code DELETE /hubs/{hubId}/volunteer-hours/imports/{importId}}: removes an import that did not finish, and its rows. */
public final class DeleteVolunteerImportHandler extends HttpApiHandler {

    private final VolunteeringComponent volunteering;

    public DeleteVolunteerImportHandler() {
        this(VolunteeringComponent.forLambda());
    }

    DeleteVolunteerImportHandler(VolunteeringComponent volunteering) {
        this.volunteering = volunteering;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return volunteering.endpoint().handle(event, context, request -> {
            volunteering.importService().deleteUnfinished(request.pathParameter("hubId"), request.pathParameter("importId"));
            return ApiResponse.noContent();
        });
    }
}
