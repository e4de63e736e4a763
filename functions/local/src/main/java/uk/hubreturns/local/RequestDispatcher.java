package uk.hubreturns.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.hubreturns.template.RouteMatch;
import uk.hubreturns.template.RouteTable;

/**
 * Sends each request where API Gateway and the site's hosting would: to the function whose declared route
 * matches, else (for GET and HEAD) to the static site's file, else to the template's {@code $default} route
 * (which answers 404 or 405 as it does on AWS); without a {@code $default} route the runtime answers those itself.
 */
final class RequestDispatcher implements HttpHandler {

    private final RouteTable routes;
    private final RouteTable declaredRoutes;
    private final LocalTriggers triggers;
    private final LocalTokens tokens;
    private final Clock clock;
    private final HttpApiInvoker invoker;
    private final StaticSite site;
    private final RequestLog log;

    RequestDispatcher(RouteTable routes, HttpApiInvoker invoker, LocalTriggers triggers, LocalTokens tokens, Clock clock,
                      StaticSite site, RequestLog log) {
        this.routes = routes;
        this.triggers = triggers;
        this.tokens = tokens;
        this.clock = clock;
        this.declaredRoutes = routes.withoutDefaultRoute();
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
        if (request.bodyTooLarge()) {
            return Problems.payloadTooLarge("The request body is larger than the 10 MB the API accepts, so nothing was read or saved.");
        }
        try {
            Optional<HttpReply> triggered = triggers.handle(request);
            if (triggered.isPresent()) {
                return triggered.get();
            }
            RouteMatch declared = declaredRoutes.match(request.method(), request.rawPath());
            if (declared instanceof RouteMatch.Found found) {
                return authorised(found, request);
            }
            if (declared instanceof RouteMatch.NotFound && (request.method().equals("GET") || request.method().equals("HEAD"))) {
                Optional<HttpReply> file = site.file(request.rawPath());
                if (file.isPresent()) {
                    return file.get();
                }
            }
            if (routes.match(request.method(), request.rawPath()) instanceof RouteMatch.Found defaultRoute) {
                return authorised(defaultRoute, request);
            }
            if (declared instanceof RouteMatch.MethodNotAllowed notAllowed) {
                return Problems.methodNotAllowed(request.method(), request.rawPath(), notAllowed.allowedMethods());
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

    /** As the HTTP API's JWT authorizer: no valid bearer token, no call of the function (unless the route needs none). */
    private HttpReply authorised(RouteMatch.Found found, IncomingRequest request) {
        if (!found.route().needsToken()) {
            return invoker.invoke(found, request, Map.of());
        }
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Problems.unauthorized("Sign in first: send Authorization: Bearer <token>. Locally, get a token with "
                    + "POST /_local/token or the `token` command.");
        }
        LocalTokens.Checked checked = tokens.check(header.substring(7).trim(), clock.instant());
        if (checked instanceof LocalTokens.Invalid invalid) {
            return Problems.unauthorized(invalid.reason());
        }
        return invoker.invoke(found, request, ((LocalTokens.Valid) checked).claims());
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
