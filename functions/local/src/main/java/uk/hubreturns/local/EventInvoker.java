package uk.hubreturns.local;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Calls any function of the template with a JSON event, as a schedule or {@code aws lambda invoke} would. */
final class EventInvoker {

    private final Map<String, WarmContainer> containers;
    private final Clock clock;

    EventInvoker(Map<String, WarmContainer> containers, Clock clock) {
        this.containers = containers;
        this.clock = clock;
    }

    Optional<WarmContainer> container(String functionId) {
        return Optional.ofNullable(containers.get(functionId));
    }

    /** The function's response as JSON. */
    String invoke(WarmContainer container, String eventJson, String source) {
        HandlerClass handlerClass = HandlerClass.load(container.function());
        Object event = LambdaJson.readEvent(eventJson.isBlank() ? "{}" : eventJson, handlerClass.inputType(), source);
        String requestId = UUID.randomUUID().toString();
        Object response = container.handler().handleRequest(event, new LocalLambdaContext(requestId, container.function(), clock));
        return response == null ? "null" : LambdaJson.write(response);
    }
}
