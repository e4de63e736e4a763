package uk.hubreturns.volunteering;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.time.Quarter;

/** {@code GET /hubs/{hubId}/volunteer-hours?quarter=2026-Q1}: the quarter's entries, newest first, a page at a time, with the quarter's totals. */
public final class ListVolunteerHoursHandler extends HttpApiHandler {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final VolunteeringComponent volunteering;

    public ListVolunteerHoursHandler() {
        this(VolunteeringComponent.forLambda());
    }

    ListVolunteerHoursHandler(VolunteeringComponent volunteering) {
        this.volunteering = volunteering;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return volunteering.endpoint().handle(event, context, request -> {
            FieldErrors errors = new FieldErrors();
            Quarter quarter = request.requiredQuarter("quarter", errors);
            PageRequest page = request.pageRequest(DEFAULT_PAGE_SIZE, errors);
            errors.throwIfAny();
            return ApiResponse.ok(VolunteerHoursPage.of(volunteering.hoursService().listInQuarter(
                    request.pathParameter("hubId"), quarter, page)));
        });
    }
}
