package uk.hubreturns.local;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK's HTTP server on the loopback interface, handling requests on a pool so invocations can overlap. */
final class LocalHttpServer {

    private static final int THREADS = 16;
    // On JDK 17, HttpServer.stop waits the whole grace period even when no request is in flight.
    private static final int STOP_GRACE_SECONDS = 1;

    private final HttpServer server;
    private final ExecutorService executor;
    private volatile boolean started;

    private LocalHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Takes the port now, so a busy port is reported before anything slow starts; serves nothing until {@link #start}. */
    static LocalHttpServer bind(int port) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new LocalRuntimeException("Port " + port + " on localhost is already in use: stop whatever is using it,"
                    + " or choose another port with --port N.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open port " + port + " on localhost", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, numberedThreads());
        server.setExecutor(executor);
        return new LocalHttpServer(server, executor);
    }

    void start(HttpHandler handler) {
        server.createContext("/", handler);
        server.start();
        started = true;
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(started ? STOP_GRACE_SECONDS : 0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory numberedThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> new Thread(task, "hub-returns-http-" + count.incrementAndGet());
    }
}
