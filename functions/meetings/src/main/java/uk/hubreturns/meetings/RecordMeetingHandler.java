package uk.hubreturns.meetings;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code POST /hubs/{hubId}/meetings} */
public final class RecordMeetingHandler extends HttpApiHandler {

    private final MeetingsComponent meetings;

    public RecordMeetingHandler() {
        this(MeetingsComponent.forLambda());
    }

    RecordMeetingHandler(MeetingsComponent meetings) {
        this.meetings = meetings;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return meetings.endpoint().handle(event, context, request -> {
            String hubId = request.pathParameter("hubId");
            MeetingDetails details = meetings.requestReader().readNew(request.jsonBody());
            Meeting meeting = meetings.meetingService().record(hubId, details);
            return ApiResponse.created(meeting, "/hubs/" + hubId + "/meetings/" + meeting.meetingId()).withETag(meeting.version());
        });
    }
}
