package uk.hubreturns.volunteering;

import dagger.Binds;
import dagger.Module;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;

@Module
interface VolunteeringModule {

    @Binds
    VolunteerHoursRepository volunteerHoursRepository(DynamoDbVolunteerHoursRepository repository);

    @Binds
    VolunteerImportRepository volunteerImportRepository(DynamoDbVolunteerImportRepository repository);

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);
}
