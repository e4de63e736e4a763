package uk.hubreturns.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** The baseline: a handler with no dependencies that returns a constant, started exactly as the functions are. */
public final class BareHandler implements RequestHandler<Map<String, Object>, String> {

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        return "ok";
    }
}
