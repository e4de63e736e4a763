package uk.hubreturns.volunteering;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code DELETE /hubs/{hubId}/volunteer-hours/{entryId}} */
public final class DeleteVolunteerHoursHandler extends HttpApiHandler {

    private final VolunteeringComponent volunteering;

    public DeleteVolunteerHoursHandler() {
        this(VolunteeringComponent.forLambda());
    }

    DeleteVolunteerHoursHandler(VolunteeringComponent volunteering) {
        this.volunteering = volunteering;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return volunteering.endpoint().handle(event, context, request -> {
            volunteering.hoursService().delete(request.pathParameter("hubId"), request.pathParameter("entryId"), request.requiredVersion());
            return ApiResponse.noContent();
        });
    }
}
