package uk.hubreturns.meetings;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code PUT /hubs/{hubId}/meetings/{meetingId}} */
public final class UpdateMeetingHandler extends HttpApiHandler {

    private final MeetingsComponent meetings;

    public UpdateMeetingHandler() {
        this(MeetingsComponent.forLambda());
    }

    UpdateMeetingHandler(MeetingsComponent meetings) {
        this.meetings = meetings;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return meetings.endpoint().handle(event, context, request -> {
            long version = request.requiredVersion();
            MeetingDetails details = meetings.requestReader().readReplacement(request.jsonBody());
            Meeting meeting = meetings.meetingService().replace(request.pathParameter("hubId"), request.pathParameter("meetingId"), details, version);
            return ApiResponse.ok(meeting).withETag(meeting.version());
        });
    }
}
