package uk.hubreturns.meetings;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code DELETE /hubs/{hubId}/meetings/{meetingId}} */
public final class DeleteMeetingHandler extends HttpApiHandler {

    private final MeetingsComponent meetings;

    public DeleteMeetingHandler() {
        this(MeetingsComponent.forLambda());
    }

    DeleteMeetingHandler(MeetingsComponent meetings) {
        this.meetings = meetings;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return meetings.endpoint().handle(event, context, request -> {
            meetings.meetingService().delete(request.pathParameter("hubId"), request.pathParameter("meetingId"), request.requiredVersion());
            return ApiResponse.noContent();
        });
    }
}
