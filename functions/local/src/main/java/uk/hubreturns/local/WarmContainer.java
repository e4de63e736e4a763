package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import uk.hubreturns.template.FunctionDefinition;

/** One function's handler, created at its first invocation and then reused, as a warm Lambda container reuses it. */
final class WarmContainer {

    private final FunctionDefinition function;
    private final HandlerClass handlerClass;
    private RequestHandler<Object, Object> handler;

    WarmContainer(FunctionDefinition function, HandlerClass handlerClass) {
        this.function = function;
        this.handlerClass = handlerClass;
    }

    FunctionDefinition function() {
        return function;
    }

    synchronized RequestHandler<Object, Object> handler() {
        if (handler == null) {
            handler = handlerClass.newInstance();
        }
        return handler;
    }
}
