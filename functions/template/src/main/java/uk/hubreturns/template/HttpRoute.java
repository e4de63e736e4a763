package uk.hubreturns.template;

/**
 * An {@code HttpApi} event: {@code method} is upper case or ANY; an event with neither Path nor Method is
 * API Gateway's {@code $default} route, which takes every request no other route matches. {@code needsToken} is
 * false for a route whose {@code Auth} says {@code Authorizer: NONE}.
 */
public record HttpRoute(String eventName, String method, String path, boolean needsToken) {

    public static final String ANY = "ANY";
    public static final String DEFAULT_ROUTE = "$default";

    /** A route behind the API's default authorizer. */
    public HttpRoute(String eventName, String method, String path) {
        this(eventName, method, path, true);
    }

    /** A route that answers browsers' CORS preflight requests, which carry no token. */
    public boolean isPreflight() {
        return method.equals("OPTIONS") && !needsToken;
    }

    public boolean isDefaultRoute() {
        return path.equals(DEFAULT_ROUTE);
    }

    /** As API Gateway writes it in the event's {@code routeKey}: {@code "GET /hubs/{hubId}"} or {@code "$default"}. */
    public String routeKey() {
        return isDefaultRoute() ? DEFAULT_ROUTE : method + " " + path;
    }
}
