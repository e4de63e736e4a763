package uk.hubreturns.volunteering;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.inject.Inject;
import uk.hubreturns.common.time.QuarterCalendar;

/** The rules an entry's date, activity and note follow, whether it arrives as JSON or as a spreadsheet row. */
final class EntryRules {

    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    static final int MAX_NOTE = 500;
    static final String ACTIVITIES = Arrays.stream(Activity.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final Clock clock;

    @Inject
    EntryRules(Clock clock) {
        this.clock = clock;
    }

    /** Volunteer time is logged after it is given, so the date may not be later than today in London. */
    boolean checkDate(LocalDate date, Consumer<String> problem) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), QuarterCalendar.LONDON);
        if (date.isAfter(today)) {
            problem.accept("must not be in the future (today is " + today + ")");
            return false;
        }
        if (date.isBefore(EARLIEST_DATE)) {
            problem.accept("must not be before " + EARLIEST_DATE);
            return false;
        }
        return true;
    }

    /** Spreadsheet spelling of an activity: any case, with spaces or hyphens for underscores ("Group sessions"). */
    static Activity activityFromCell(String text, Consumer<String> problem) {
        String normalised = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (normalised.isEmpty()) {
            problem.accept("is empty");
            return null;
        }
        for (Activity activity : Activity.values()) {
            if (activity.name().equals(normalised)) {
                return activity;
            }
        }
        problem.accept("must be one of: " + ACTIVITIES);
        return null;
    }
}
