package uk.hubreturns.audit;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.DynamoDbModule;
import uk.hubreturns.common.http.ApiEndpoint;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.lambda.FunctionInit;
import uk.hubreturns.common.lambda.Primer;
import uk.hubreturns.common.lambda.PrimingModule;
import uk.hubreturns.common.ledger.AuditLog;
import uk.hubreturns.common.ledger.RequestLedgerModule;
import uk.hubreturns.common.time.QuarterCalendar;

/** What the audit log's function is built from. */
@Singleton
@Component(modules = {DynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, PrimingModule.class, AuditModule.class})
public interface AuditComponent {

    AuditLog auditLog();

    KnownHubs hubs();

    ApiEndpoint endpoint();

    Clock clock();

    Primer primer();

    @Component.Factory
    interface Factory {
        AuditComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    /** The component a function's handler is created with on Lambda, its DynamoDB client built ({@link FunctionInit}). */
    static AuditComponent forLambda() {
        return FunctionInit.initialised(DaggerAuditComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON)),
                AuditComponent::primer);
    }
}
