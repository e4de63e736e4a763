package uk.hubreturns.agreements;

import dagger.Binds;
import dagger.Module;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;

@Module
interface AgreementsModule {

    @Binds
    AgreementRepository agreementRepository(DynamoDbAgreementRepository repository);

    @Binds
    ActualsRepository actualsRepository(DynamoDbActualsRepository repository);

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);
}
