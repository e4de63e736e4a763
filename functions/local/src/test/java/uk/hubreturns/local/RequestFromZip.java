package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM on a function's own zip by {@link QuarterlyReturnsIT}: creates the handler as Lambda's init does,
 * gives it one event as Lambda gives it (to the stream method), and writes the answer to a file.
 */
public final class RequestFromZip {

    private RequestFromZip() {
    }

    /** Arguments: the handler class, the event file, the file to write the answer to. */
    public static void main(String[] args) throws Exception {
        RequestStreamHandler handler = (RequestStreamHandler) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
            handler.handleRequest(event, answer, null);
        }
        Files.write(Path.of(args[2]), answer.toByteArray());
    }
}
