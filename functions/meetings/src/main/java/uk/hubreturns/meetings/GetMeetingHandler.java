package uk.hubreturns.meetings;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /hubs/{hubId}/meetings/{meetingId}} */
public final class GetMeetingHandler extends HttpApiHandler {

    private final MeetingsComponent meetings;

    public GetMeetingHandler() {
        this(MeetingsComponent.forLambda());
    }

    GetMeetingHandler(MeetingsComponent meetings) {
        this.meetings = meetings;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return meetings.endpoint().handle(event, context, request -> {
            Meeting meeting = meetings.meetingService().get(request.pathParameter("hubId"), request.pathParameter("meetingId"));
            return ApiResponse.ok(meeting).withETag(meeting.version());
        });
    }
}
