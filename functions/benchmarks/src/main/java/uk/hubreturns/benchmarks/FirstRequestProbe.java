package uk.hubreturns.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM on a function's own zip: creates the handler as Lambda's init does, primes it as SnapStart
 * would just before its snapshot (when asked), then times the first request and prints the milliseconds. The event
 * is read before the handler is created, in both cases alike.
 */
public final class FirstRequestProbe {

    private FirstRequestProbe() {
    }

    /** Arguments: the handler class, the event file, and whether to prime ({@code true} or {@code false}). */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        APIGatewayV2HTTPEvent event = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(Files.readString(Path.of(args[1])), APIGatewayV2HTTPEvent.class);
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        if (Boolean.parseBoolean(args[2])) {
            uk.hubreturns.common.lambda.SnapStartPriming.primeAll();
        }
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        long elapsed = System.nanoTime() - started;
        System.out.println("firstRequestMs=" + elapsed / 1e6 + " status=" + response.getStatusCode());
    }
}
