package uk.hubreturns.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import uk.hubreturns.template.RouteMatch;
import uk.hubreturns.template.RouteTable;

/**
 * Sends each request where API Gateway and the site's hosting would: to the function whose route matches,
 * else (for GET and HEAD) to the static site, else a 404; a path whose routes lack the method gets a 405.
 */
final class RequestDispatcher implements HttpHandler {

    private final RouteTable routes;
    private final HttpApiInvoker invoker;
    private final StaticSite site;
    private final RequestLog log;

    RequestDispatcher(RouteTable routes, HttpApiInvoker invoker, StaticSite site, RequestLog log) {
        this.routes = routes;
        this.invoker = invoker;
        this.site = site;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try {
            IncomingRequest request = IncomingRequest.read(exchange);
            HttpReply reply = replyTo(request);
            send(exchange, reply, request.method().equals("HEAD"));
            log.record(request.method(), request.rawPath(), reply.status(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            exchange.close();
        }
    }

    private HttpReply replyTo(IncomingRequest request) {
        try {
            RouteMatch match = routes.match(request.method(), request.rawPath());
            if (match instanceof RouteMatch.Found found) {
                return invoker.invoke(found, request);
            }
            if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
                return Problems.methodNotAllowed(request.method(), request.rawPath(), notAllowed.allowedMethods());
            }
            if (request.method().equals("GET") || request.method().equals("HEAD")) {
                return site.file(request.rawPath()).orElseGet(() -> Problems.notFound(request.method(), request.rawPath()));
            }
            return Problems.notFound(request.method(), request.rawPath());
        } catch (MalformedRequestException e) {
            return Problems.badRequest(e.getMessage());
        } catch (RuntimeException e) {
            String requestId = UUID.randomUUID().toString();
            System.err.println("The local runtime failed on " + request.method() + " " + request.rawPath() + " (request id " + requestId + "):");
            e.printStackTrace();
            return Problems.internalError(requestId);
        }
    }

    private static void send(HttpExchange exchange, HttpReply reply, boolean headersOnly) throws IOException {
        reply.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        boolean noBody = headersOnly || reply.body().length == 0 || reply.status() == 204 || reply.status() == 304;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
