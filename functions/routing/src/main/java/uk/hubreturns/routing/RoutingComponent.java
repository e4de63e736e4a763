package uk.hubreturns.routing;

import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;
import javax.inject.Singleton;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.http.ApiEndpoint;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.NoRequestLedgerModule;
import uk.hubreturns.common.time.QuarterCalendar;

/** What the {@code $default} route's function is built from: the declared routes and the problem+json endpoint. */
@Singleton
@Component(modules = {JsonModule.class, NoRequestLedgerModule.class, RoutingModule.class})
public interface RoutingComponent {

    UnmatchedRoutes unmatchedRoutes();

    ApiEndpoint endpoint();

    @Component.Factory
    interface Factory {
        RoutingComponent create(@BindsInstance Settings settings, @BindsInstance Clock clock);
    }

    static RoutingComponent forLambda() {
        return DaggerRoutingComponent.factory().create(Settings.fromEnvironment(), Clock.system(QuarterCalendar.LONDON));
    }
}
