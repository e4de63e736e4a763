package uk.hubreturns.audit;

import dagger.Binds;
import dagger.Module;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.HubRepository;

/** The audit log is read per hub, so the hub must exist (a mistyped id is a 404, not an empty log). */
@Module
interface AuditModule {

    @Binds
    HubRepository hubRepository(DynamoDbHubRepository repository);
}
