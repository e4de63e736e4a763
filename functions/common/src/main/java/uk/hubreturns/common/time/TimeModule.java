package uk.hubreturns.common.time;

import dagger.Module;
import dagger.Provides;
import java.time.DateTimeException;
import java.time.Month;
import javax.inject.Singleton;
import uk.hubreturns.common.config.Settings;

@Module
public final class TimeModule {

    private TimeModule() {
    }

    @Provides
    @Singleton
    static QuarterCalendar quarterCalendar(Settings settings) {
        int month = settings.requiredInt("FINANCIAL_YEAR_START_MONTH");
        try {
            return new QuarterCalendar(Month.of(month));
        } catch (DateTimeException e) {
            throw new IllegalStateException("FINANCIAL_YEAR_START_MONTH must be 1 to 12, but is " + month, e);
        }
    }
}
