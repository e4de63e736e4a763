package uk.hubreturns.hubs;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.DynamoDbModule;
import uk.hubreturns.common.http.ApiEndpoint;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.lambda.FunctionInit;
import uk.hubreturns.common.lambda.Primer;
import uk.hubreturns.common.lambda.PrimingModule;
import uk.hubreturns.common.ledger.RequestLedgerModule;
import uk.hubreturns.common.time.QuarterCalendar;

/** What the hub functions are built from; tests create it with their own settings and clock. */
@Singleton
@Component(modules = {DynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, HubsModule.class, PrimingModule.class})
public interface HubsComponent {

    HubService hubService();

    HubRequestReader requestReader();

    ApiEndpoint endpoint();

    Primer primer();

    @Component.Factory
    interface Factory {
        HubsComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    /** The component a function's handler is created with on Lambda, its DynamoDB client built ({@link FunctionInit}). */
    static HubsComponent forLambda() {
        return FunctionInit.initialised(DaggerHubsComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON)),
                HubsComponent::primer);
    }
}
