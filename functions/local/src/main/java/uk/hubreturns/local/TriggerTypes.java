package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import uk.hubreturns.template.FunctionDefinition;

/** The event types a handler must take for the triggers template.yaml gives its function. */
public final class TriggerTypes {

    private TriggerTypes() {
    }

    public static void requireHttpApi(FunctionDefinition function, HandlerClass handlerClass) {
        if (handlerClass.inputType() != APIGatewayV2HTTPEvent.class || handlerClass.outputType() != APIGatewayV2HTTPResponse.class) {
            throw new LocalRuntimeException(function.logicalId() + " has HttpApi events, so its handler must implement"
                    + " RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, but takes "
                    + handlerClass.inputType().getTypeName() + " and returns " + handlerClass.outputType().getTypeName() + ".");
        }
    }

    /** EventBridge Scheduler passes the schedule's Input as the event: a ScheduledEvent or a plain map. */
    public static void requireSchedule(FunctionDefinition function, HandlerClass handlerClass) {
        Type input = handlerClass.inputType();
        Type raw = input instanceof ParameterizedType parameterized ? parameterized.getRawType() : input;
        if (raw != ScheduledEvent.class && raw != Map.class) {
            throw new LocalRuntimeException(function.logicalId() + " has ScheduleV2 events, so its handler must take a"
                    + " ScheduledEvent or a Map, but takes " + input.getTypeName() + ".");
        }
    }
}
