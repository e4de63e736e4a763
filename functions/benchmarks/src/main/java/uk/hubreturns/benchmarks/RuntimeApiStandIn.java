package uk.hubreturns.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * A small stand-in for the Lambda Runtime API on loopback: it hands the runtime interface client one event and
 * notes when the function's response (or error) arrives.
 */
final class RuntimeApiStandIn implements AutoCloseable {

    record Outcome(long arrivedAtNanos, int status, String body, boolean error, double millisFromStart) {

        Outcome since(long startedAtNanos) {
            return new Outcome(arrivedAtNanos, status, body, error, (arrivedAtNanos - startedAtNanos) / 1_000_000.0);
        }
    }

    private final HttpServer server;
    private volatile String event;
    private volatile String requestId;
    private volatile CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    RuntimeApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2018-06-01/runtime/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "runtime-api");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves this event to the next process that asks; the returned future completes when it answers. */
    CompletableFuture<Outcome> serve(String nextEvent) {
        event = nextEvent;
        requestId = UUID.randomUUID().toString();
        outcome = new CompletableFuture<>();
        return outcome;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (path.endsWith("/invocation/next")) {
            String served = event;
            if (served == null) {
                return; // a second "next": leave it waiting until the process is stopped
            }
            event = null;
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", requestId);
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 60_000));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-2:123456789012:function:benchmark");
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
            // The client's native code expects these headers to be there, even empty (without them it crashes).
            exchange.getResponseHeaders().add("Lambda-Runtime-Client-Context", "");
            exchange.getResponseHeaders().add("Lambda-Runtime-Cognito-Identity", "");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, 200, served);
        } else if (path.endsWith("/response")) {
            long now = System.nanoTime();
            send(exchange, 202, "");
            outcome.complete(new Outcome(now, 200, new String(body, StandardCharsets.UTF_8), false, 0));
        } else if (path.endsWith("/error")) {
            long now = System.nanoTime();
            send(exchange, 202, "");
            outcome.complete(new Outcome(now, 500, new String(body, StandardCharsets.UTF_8), true, 0));
        } else {
            send(exchange, 404, "");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
