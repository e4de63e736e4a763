package uk.hubreturns.benchmarks;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM on a function's own zip: creates the handler as Lambda's init does, primes it as SnapStart
 * would just before its snapshot (when asked), then times the first request, given to the handler's stream method
 * as Lambda gives it, and prints the milliseconds. The event file is read before the handler is created, in both
 * cases alike.
 */
public final class FirstRequestProbe {

    private FirstRequestProbe() {
    }

    /** Arguments: the handler class, the event file, and whether to prime ({@code true} or {@code false}). */
    public static void main(String[] args) throws Exception {
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        if (Boolean.parseBoolean(args[2])) {
            uk.hubreturns.common.lambda.SnapStartPriming.primeAll();
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        long started = System.nanoTime();
        handler.handleRequest(new ByteArrayInputStream(event), response, null);
        long elapsed = System.nanoTime() - started;
        String answer = response.toString(StandardCharsets.UTF_8);
        System.out.println("firstRequestMs=" + elapsed / 1e6 + " status=" + answer.replaceAll("(?s).*\"statusCode\":(\\d+).*", "$1"));
    }
}
