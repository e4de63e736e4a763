package uk.hubreturns.local;

import java.io.PrintStream;

/** One line per request, such as {@code POST /hubs/north/meetings 201 14ms}: never the query string or body, which may carry names. */
final class RequestLog {

    private final PrintStream out;

    RequestLog(PrintStream out) {
        this.out = out;
    }

    void record(String method, String rawPath, int status, long millis) {
        out.println(method + " " + rawPath + " " + status + " " + millis + "ms");
    }
}
