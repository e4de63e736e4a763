package uk.hubreturns.volunteering;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
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
            // Entries are read through the quarter list, not one by one; the Location names the entry (to delete it, or in the audit).
            return ApiResponse.created(EntryView.of(entry), "/hubs/" + hubId + "/volunteer-hours/" + entry.entryId()).withETag(entry.version());
        });
    }
}
