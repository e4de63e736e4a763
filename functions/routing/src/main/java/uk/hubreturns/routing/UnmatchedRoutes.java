package uk.hubreturns.routing;

import javax.inject.Inject;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.http.MethodNotAllowedException;
import uk.hubreturns.template.RouteMatch;
import uk.hubreturns.template.RouteTable;

/** Explains why a request reached the {@code $default} route: no such path (404), or not with that method (405). */
public final class UnmatchedRoutes {

    private final RouteTable declaredRoutes;

    @Inject
    UnmatchedRoutes(RouteTable declaredRoutes) {
        this.declaredRoutes = declaredRoutes;
    }

    public RuntimeException refusal(String method, String rawPath) {
        RouteMatch match = declaredRoutes.match(method, rawPath);
        if (match instanceof RouteMatch.MethodNotAllowed notAllowed) {
            return new MethodNotAllowedException(method + " is not allowed on " + rawPath + "; allowed: "
                    + String.join(", ", notAllowed.allowedMethods()) + ".", notAllowed.allowedMethods());
        }
        if (match instanceof RouteMatch.Found found) {
            // API Gateway sends a request here only when no declared route matched, so this is a template out of step.
            throw new IllegalStateException("The $default route received a request for " + found.route().routeKey());
        }
        return new RecordNotFoundException("No route matches " + method + " " + rawPath + ".");
    }
}
