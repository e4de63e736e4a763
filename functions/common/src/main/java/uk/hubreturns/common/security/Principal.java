package uk.hubreturns.common.security;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from the claims the HTTP API's JWT authorizer verified and put in
 * {@code requestContext.authorizer.jwt.claims} (the only place handlers read identity from). The authorizer
 * writes an array claim as one string, {@code [county-admin hub-staff]}; a hub-staff user's hubs are the
 * comma-separated {@code custom:hubs}.
 */
public record Principal(String subject, Set<Role> roles, Set<String> hubs) {

    public static final String GROUPS_CLAIM = "cognito:groups";
    public static final String HUBS_CLAIM = "custom:hubs";

    public Principal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        hubs = Set.copyOf(hubs);
    }

    public static Optional<Principal> from(APIGatewayV2HTTPEvent event) {
        Map<String, String> claims = Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .orElse(null);
        if (claims == null || claims.get("sub") == null || claims.get("sub").isBlank()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : splitGroups(claims.get(GROUPS_CLAIM))) {
            Role.ofGroup(group).ifPresent(roles::add);
        }
        Set<String> hubs = new LinkedHashSet<>();
        String hubsClaim = claims.get(HUBS_CLAIM);
        if (hubsClaim != null) {
            Arrays.stream(hubsClaim.split(",")).map(String::trim).filter(hub -> !hub.isEmpty()).forEach(hubs::add);
        }
        return Optional.of(new Principal(claims.get("sub"), roles, hubs));
    }

    static Set<String> splitGroups(String claim) {
        if (claim == null || claim.isBlank()) {
            return Set.of();
        }
        String inner = claim.trim();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String group : inner.split("[\\s,]+")) {
            String cleaned = group.replace("\"", "").trim();
            if (!cleaned.isEmpty()) {
                groups.add(cleaned);
            }
        }
        return groups;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    public boolean worksAt(String hubId) {
        return is(Role.HUB_STAFF) && hubs.contains(hubId);
    }
}
