package uk.hubreturns.meetings;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.http.ApiResponse;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.time.Quarter;

/** {@code GET /hubs/{hubId}/meetings?quarter=2026-Q1}: the quarter's meetings, newest first, a page at a time. */
public final class ListMeetingsHandler extends HttpApiHandler {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final MeetingsComponent meetings;

    public ListMeetingsHandler() {
        this(MeetingsComponent.forLambda());
    }

    ListMeetingsHandler(MeetingsComponent meetings) {
        this.meetings = meetings;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return meetings.endpoint().handle(event, context, request -> {
            FieldErrors errors = new FieldErrors();
            Quarter quarter = request.requiredQuarter("quarter", errors);
            PageRequest page = request.pageRequest(DEFAULT_PAGE_SIZE, errors);
            errors.throwIfAny();
            return ApiResponse.ok(meetings.meetingService().listInQuarter(
                    request.pathParameter("hubId"), quarter, page));
        });
    }
}
