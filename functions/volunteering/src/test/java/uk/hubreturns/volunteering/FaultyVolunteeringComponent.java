package uk.hubreturns.volunteering;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.RequestLedgerModule;
import uk.hubreturns.common.returns.SignOffModule;
import uk.hubreturns.common.time.TimeModule;

/** The production component with a DynamoDB client whose batch writes fail on cue. */
@Singleton
@Component(modules = {FaultyDynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, SignOffModule.class, VolunteeringModule.class})
interface FaultyVolunteeringComponent extends VolunteeringComponent {

    @Component.Factory
    interface Factory {
        FaultyVolunteeringComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock, @BindsInstance WriteFaults faults);
    }
}
