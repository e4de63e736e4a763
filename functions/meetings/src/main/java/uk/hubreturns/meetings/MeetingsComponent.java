package uk.hubreturns.meetings;

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

/** What the meeting functions are built from; tests create it with their own settings and clock. */
@Singleton
@Component(modules = {DynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, MeetingsModule.class, PrimingModule.class})
public interface MeetingsComponent {

    MeetingService meetingService();

    MeetingRequestReader requestReader();

    ApiEndpoint endpoint();

    Primer primer();

    @Component.Factory
    interface Factory {
        MeetingsComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    /** The component a function's handler is created with on Lambda, its DynamoDB client built ({@link FunctionInit}). */
    static MeetingsComponent forLambda() {
        return FunctionInit.initialised(DaggerMeetingsComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON)),
                MeetingsComponent::primer);
    }
}
