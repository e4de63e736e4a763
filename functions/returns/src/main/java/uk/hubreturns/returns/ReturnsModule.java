package uk.hubreturns.returns;

import dagger.Binds;
import dagger.Module;
import dagger.multibindings.IntoSet;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;
import uk.hubreturns.common.lambda.PrimingStep;

@Module
interface ReturnsModule {

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);

    @Binds
    @IntoSet
    PrimingStep summariesPriming(SummariesPriming priming);
}
