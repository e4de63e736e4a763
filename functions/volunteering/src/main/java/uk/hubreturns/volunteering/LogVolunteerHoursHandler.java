package uk.hubreturns.volunteering;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;
import uk.hubreturns.common.http.ApiResponse;

/** {@code POST /hubs/{hubId}/volunteer-hours}: logs one entry. */
public final class LogVolunteerHoursHandler extends HttpApiHandler {

    private final VolunteeringComponent volunteering;

    public LogVolunteerHoursHandler() {
        this(VolunteeringComponent.forLambda());
    }

    LogVolunteerHoursHandler(VolunteeringComponent volunteering) {
        this.volunteering = volunteering;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return volunteering.endpoint().handle(event, context, request -> {
            String hubId = request.pathParameter("hubId");
            EntryDetails details = volunteering.entryReader().read(request.jsonBody());
            VolunteerEntry entry = volunteering.hoursService().log(hubId, details);
            // No Location header: entries are read through the quarter list, not one by one.
            return new ApiResponse(201, EntryView.of(entry), Map.of()).withETag(entry.version());
        });
    }
}
