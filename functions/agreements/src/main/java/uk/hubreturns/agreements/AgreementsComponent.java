package uk.hubreturns.agreements;

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
import uk.hubreturns.common.time.TimeModule;

/** What the agreement functions are built from; tests create it with their own settings and clock. */
@Singleton
@Component(modules = {DynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, AgreementsModule.class, PrimingModule.class})
public interface AgreementsComponent {

    AgreementService agreementService();

    AgreementRequestReader requestReader();

    ApiEndpoint endpoint();

    Primer primer();

    @Component.Factory
    interface Factory {
        AgreementsComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    /** The component a function's handler is created with on Lambda, its DynamoDB client built ({@link FunctionInit}). */
    static AgreementsComponent forLambda() {
        return FunctionInit.initialised(DaggerAgreementsComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON)),
                AgreementsComponent::primer);
    }
}
