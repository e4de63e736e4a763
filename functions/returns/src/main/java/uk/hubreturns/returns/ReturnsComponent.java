package uk.hubreturns.returns;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.DynamoDbModule;
import uk.hubreturns.common.dynamodb.RetryModule;
import uk.hubreturns.common.http.ApiEndpoint;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.lambda.FunctionInit;
import uk.hubreturns.common.lambda.Primer;
import uk.hubreturns.common.lambda.PrimingModule;
import uk.hubreturns.common.ledger.RequestLedgerModule;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.common.returns.SignOffModule;
import uk.hubreturns.common.time.TimeModule;

/** What the returns functions are built from: the rollup, the read and sign-off service, the summaries. */
@Singleton
@Component(modules = {DynamoDbModule.class, RetryModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, SignOffModule.class,
        ReturnsModule.class, PrimingModule.class})
public interface ReturnsComponent {

    QuarterlyRollup rollup();

    ReturnsService returns();

    PdfSummaries pdfSummaries();

    QuarterRecordsReader recordsReader();

    ApiEndpoint endpoint();

    Primer primer();

    @Component.Factory
    interface Factory {
        ReturnsComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    /** The component a function's handler is created with on Lambda, its DynamoDB client built ({@link FunctionInit}). */
    static ReturnsComponent forLambda() {
        return FunctionInit.initialised(DaggerReturnsComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON)),
                ReturnsComponent::primer);
    }
}
