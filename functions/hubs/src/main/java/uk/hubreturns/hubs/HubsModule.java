package uk.hubreturns.hubs;

import dagger.Binds;
import dagger.Module;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;

@Module
interface HubsModule {

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);
}
