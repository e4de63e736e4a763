package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** Function logs go to stderr, so stdout keeps the request log (serve) or the response (invoke). */
final class StderrLambdaLogger implements LambdaLogger {

    @Override
    public void log(String message) {
        System.err.print(message.endsWith("\n") ? message : message + "\n");
        System.err.flush();
    }

    @Override
    public void log(byte[] message) {
        log(new String(message, StandardCharsets.UTF_8));
    }
}
