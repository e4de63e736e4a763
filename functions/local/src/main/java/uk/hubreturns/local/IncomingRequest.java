package uk.hubreturns.local;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as it arrived: the raw (still percent-encoded) path and query, headers by lower-case name. A body larger
 * than API Gateway takes is not read past its limit: {@code bodyTooLarge}, and the body is empty.
 */
record IncomingRequest(
        String method,
        String rawPath,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        boolean bodyTooLarge,
        String sourceIp,
        String protocol) {

    /** What an HTTP API accepts in a request body (10 MB); a larger one is refused before any function sees it. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    static IncomingRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        byte[] body;
        boolean tooLarge;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
            tooLarge = body.length > MAX_BODY_BYTES;
            if (tooLarge) {
                body = new byte[0];
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return new IncomingRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                body,
                tooLarge,
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                exchange.getProtocol());
    }

    /** Every value of the header, comma-joined as API Gateway joins repeated headers; null when absent. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null ? null : String.join(",", values);
    }
}
