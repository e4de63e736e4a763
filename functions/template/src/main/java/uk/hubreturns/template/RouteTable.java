package uk.hubreturns.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Every HttpApi route of the template, and the matching API Gateway would do for a request. */
public final class RouteTable {

    private record Route(FunctionDefinition function, HttpRoute route, PathTemplate path) {
    }

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = routes;
    }

    public static RouteTable of(List<FunctionDefinition> functions) {
        List<Route> routes = new ArrayList<>();
        Map<String, String> functionByRouteKey = new HashMap<>();
        for (FunctionDefinition function : functions) {
            for (HttpRoute route : function.httpRoutes()) {
                String previous = functionByRouteKey.putIfAbsent(route.routeKey(), function.logicalId());
                if (previous != null) {
                    throw new InvalidTemplateException("The route " + route.routeKey() + " is bound to both "
                            + previous + " and " + function.logicalId() + ": give each route one function.");
                }
                routes.add(new Route(function, route, PathTemplate.parse(route.path())));
            }
        }
        return new RouteTable(List.copyOf(routes));
    }

    /** The same table without the {@code $default} route: what a request matches when only declared routes count. */
    public RouteTable withoutDefaultRoute() {
        return new RouteTable(routes.stream().filter(route -> !route.route().isDefaultRoute()).toList());
    }

    public RouteMatch match(String method, String rawPath) {
        List<Candidate> candidates = new ArrayList<>();
        for (Route route : routes) {
            route.path().match(rawPath).ifPresent(parameters -> candidates.add(new Candidate(route, parameters)));
        }
        Optional<Candidate> best = candidates.stream()
                .filter(candidate -> candidate.accepts(method))
                .max(Comparator.comparing((Candidate candidate) -> candidate.route().path(), PathTemplate::compareSpecificity)
                        .thenComparing(candidate -> !candidate.anyMethod()));
        if (best.isPresent()) {
            Route route = best.get().route();
            return new RouteMatch.Found(route.function(), route.route(), best.get().pathParameters());
        }
        // The CORS preflight route takes OPTIONS on every path: it makes no path exist, and is no method of one.
        List<Candidate> resources = candidates.stream().filter(candidate -> !candidate.route().route().isPreflight()).toList();
        if (resources.isEmpty()) {
            return new RouteMatch.NotFound();
        }
        TreeSet<String> allowed = new TreeSet<>();
        resources.forEach(candidate -> allowed.add(candidate.route().route().method()));
        return new RouteMatch.MethodNotAllowed(List.copyOf(allowed));
    }

    private record Candidate(Route route, Map<String, String> pathParameters) {

        boolean anyMethod() {
            return route.route().method().equals(HttpRoute.ANY);
        }

        boolean accepts(String method) {
            return anyMethod() || route.route().method().equals(method);
        }
    }
}
