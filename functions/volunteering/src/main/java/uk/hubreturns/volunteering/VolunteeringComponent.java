package uk.hubreturns.volunteering;

import uk.hubreturns.common.dynamodb.RetryModule;
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
import uk.hubreturns.common.returns.SignOffModule;
import uk.hubreturns.common.time.TimeModule;

/** What the volunteer-hours functions are built from; tests create it with their own settings and clock. */
@Singleton
@Component(modules = {DynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, SignOffModule.class, VolunteeringModule.class, RetryModule.class, PrimingModule.class})
public interface VolunteeringComponent {

    VolunteerHoursService hoursService();

    VolunteerImportService importService();

    EntryRequestReader entryReader();

    VolunteerHoursCsv csvReader();

    ApiEndpoint endpoint();

    Primer primer();

    @Component.Factory
    interface Factory {
        VolunteeringComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    /** The component a function's handler is created with on Lambda, its DynamoDB client built ({@link FunctionInit}). */
    static VolunteeringComponent forLambda() {
        return FunctionInit.initialised(DaggerVolunteeringComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON)),
                VolunteeringComponent::primer);
    }
}
