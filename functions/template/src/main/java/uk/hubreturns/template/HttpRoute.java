package uk.hubreturns.template;

/**
 * An {@code HttpApi} event: {@code method} is upper case or ANY; an event with neither Path nor Method is
 * API Gateway's {@code $default} route, which takes every request no other route matches.
 */
public record HttpRoute(String eventName, String method, String path) {

    public static final String ANY = "ANY";
    public static final String DEFAULT_ROUTE = "$default";

    public boolean isDefaultRoute() {
        return path.equals(DEFAULT_ROUTE);
    }

    /** As API Gateway writes it in the event's {@code routeKey}: {@code "GET /hubs/{hubId}"} or {@code "$default"}. */
    public String routeKey() {
        return isDefaultRoute() ? DEFAULT_ROUTE : method + " " + path;
    }
}
