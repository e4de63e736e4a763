package uk.hubreturns.local;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.hubreturns.template.Schedule;

/**
 * Runs the template's {@code ScheduleV2} events while the local runtime is up, as EventBridge Scheduler would:
 * daily {@code cron(M H * * ? *)} expressions at that time in the schedule's timezone, and {@code rate(N minutes|hours)}.
 */
final class LocalScheduler implements AutoCloseable {

    private static final Pattern DAILY_CRON = Pattern.compile("cron\\((\\d{1,2}) (\\d{1,2}) \\* \\* \\? \\*\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minutes?|hours?)\\)");

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final EventInvoker invoker;
    private final Clock clock;

    LocalScheduler(EventInvoker invoker, Clock clock) {
        this.invoker = invoker;
        this.clock = clock;
    }

    void start(Collection<WarmContainer> containers) {
        for (WarmContainer container : containers) {
            for (Schedule schedule : container.function().schedules()) {
                String what = container.function().logicalId() + " (" + schedule.name() + ", " + schedule.expression() + ")";
                Optional<Duration> firstDelay = delayToNextRun(schedule, clock);
                if (firstDelay.isEmpty()) {
                    System.out.println("Not scheduled locally: " + what + " uses an expression the local runtime does not run.");
                    continue;
                }
                System.out.println("Scheduled " + what + (schedule.timezone().map(zone -> " " + zone).orElse("")));
                scheduleNext(container, schedule, firstDelay.get());
            }
        }
    }

    private void scheduleNext(WarmContainer container, Schedule schedule, Duration delay) {
        executor.schedule(() -> {
            try {
                String response = invoker.invoke(container, schedule.input().orElse("{}"), "the input of schedule " + schedule.name());
                System.out.println("Schedule " + schedule.name() + " ran " + container.function().logicalId() + ": "
                        + response.replaceAll("\\s+", " "));
            } catch (RuntimeException | Error e) {
                System.err.println("Schedule " + schedule.name() + " failed running " + container.function().logicalId() + ":");
                e.printStackTrace();
            }
            delayToNextRun(schedule, clock).ifPresent(next -> scheduleNext(container, schedule, next));
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    static Optional<Duration> delayToNextRun(Schedule schedule, Clock clock) {
        Matcher daily = DAILY_CRON.matcher(schedule.expression());
        if (daily.matches()) {
            ZoneId zone = ZoneId.of(schedule.timezone().orElse("UTC"));
            ZonedDateTime now = clock.instant().atZone(zone);
            LocalTime at = LocalTime.of(Integer.parseInt(daily.group(2)), Integer.parseInt(daily.group(1)));
            ZonedDateTime next = now.toLocalDate().atTime(at).atZone(zone);
            if (!next.isAfter(now)) {
                next = now.toLocalDate().plusDays(1).atTime(at).atZone(zone);
            }
            return Optional.of(Duration.between(now, next));
        }
        Matcher rate = RATE.matcher(schedule.expression());
        if (rate.matches()) {
            long amount = Long.parseLong(rate.group(1));
            return Optional.of(rate.group(2).startsWith("minute") ? Duration.ofMinutes(amount) : Duration.ofHours(amount));
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
