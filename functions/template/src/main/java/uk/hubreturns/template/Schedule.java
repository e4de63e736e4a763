package uk.hubreturns.template;

import java.util.Optional;

/**
 * A {@code ScheduleV2} event (EventBridge Scheduler). {@code name} is the schedule's Name property, or the
 * event's name when it has none; {@code input} is the JSON the scheduler passes to the function.
 */
public record Schedule(String eventName, String name, String expression, Optional<String> timezone, Optional<String> input) {
}
