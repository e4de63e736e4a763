package uk.hubreturns.volunteering;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uk.hubreturns.common.lambda.PrimingModule;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.DynamoDbModule;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.RequestLedgerModule;
import uk.hubreturns.common.returns.SignOffModule;
import uk.hubreturns.common.time.TimeModule;

/** The production component, its DynamoDB client intercepted so that batch writes fail on cue. */
@Singleton
@Component(modules = {DynamoDbModule.class, FaultyDynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, SignOffModule.class, VolunteeringModule.class, PrimingModule.class})
interface FaultyVolunteeringComponent extends VolunteeringComponent {

    @Component.Factory
    interface Factory {
        FaultyVolunteeringComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock, @BindsInstance WriteFaults faults);
    }
}
