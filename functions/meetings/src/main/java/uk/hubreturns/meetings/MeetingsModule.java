package uk.hubreturns.meetings;

import dagger.Binds;
import dagger.Module;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;

@Module
interface MeetingsModule {

    @Binds
    MeetingRepository meetingRepository(DynamoDbMeetingRepository repository);

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);
}
