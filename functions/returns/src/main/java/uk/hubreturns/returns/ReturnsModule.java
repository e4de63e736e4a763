package uk.hubreturns.returns;

import dagger.Binds;
import dagger.Module;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;

@Module
interface ReturnsModule {

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);
}
