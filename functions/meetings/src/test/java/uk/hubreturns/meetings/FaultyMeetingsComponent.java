package uk.hubreturns.meetings;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import software.amazon.awssdk.http.SdkHttpClient;
import uk.hubreturns.common.lambda.PrimingModule;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.dynamodb.DynamoDbModule;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.RequestLedgerModule;
import uk.hubreturns.common.time.TimeModule;

/** The production component whose DynamoDB client talks through an HTTP client of the test's choosing. */
@Singleton
@Component(modules = {DynamoDbModule.class, JsonModule.class, RequestLedgerModule.class, TimeModule.class, MeetingsModule.class, PrimingModule.class})
interface FaultyMeetingsComponent extends MeetingsComponent {

    @Component.Factory
    interface Factory {
        FaultyMeetingsComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock, @BindsInstance SdkHttpClient httpClient);
    }
}
