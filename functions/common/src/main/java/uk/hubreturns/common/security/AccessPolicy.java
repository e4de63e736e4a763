package uk.hubreturns.common.security;

import java.util.Map;
import java.util.Optional;

/**
 * Who may do what: the one place that decides it, for every route of the HTTP API by its route key
 * ({@code "POST /hubs/{hubId}/meetings"}). A route missing here is refused; a test checks that every route of
 * template.yaml has a rule.
 */
public final class AccessPolicy {

    public static final Map<String, Access> RULES = Map.ofEntries(
            Map.entry("$default", Access.SIGNED_IN),
            Map.entry("GET /audit", Access.COUNTY_ADMIN),
            Map.entry("POST /hubs", Access.COUNTY_ADMIN),
            Map.entry("GET /hubs", Access.STAFF),
            Map.entry("GET /hubs/{hubId}", Access.OWN_HUB),
            Map.entry("PUT /hubs/{hubId}", Access.COUNTY_ADMIN),
            Map.entry("POST /hubs/{hubId}/meetings", Access.OWN_HUB),
            Map.entry("GET /hubs/{hubId}/meetings", Access.OWN_HUB),
            Map.entry("GET /hubs/{hubId}/meetings/{meetingId}", Access.OWN_HUB),
            Map.entry("PUT /hubs/{hubId}/meetings/{meetingId}", Access.OWN_HUB),
            Map.entry("DELETE /hubs/{hubId}/meetings/{meetingId}", Access.OWN_HUB),
            Map.entry("POST /hubs/{hubId}/volunteer-hours", Access.OWN_HUB),
            Map.entry("GET /hubs/{hubId}/volunteer-hours", Access.OWN_HUB),
            Map.entry("DELETE /hubs/{hubId}/volunteer-hours/{entryId}", Access.OWN_HUB),
            Map.entry("POST /hubs/{hubId}/volunteer-hours/imports", Access.OWN_HUB),
            Map.entry("DELETE /hubs/{hubId}/volunteer-hours/imports/{importId}", Access.OWN_HUB),
            Map.entry("POST /hubs/{hubId}/agreements", Access.COUNTY_ADMIN),
            Map.entry("GET /hubs/{hubId}/agreements", Access.OWN_HUB),
            Map.entry("GET /hubs/{hubId}/agreements/{agreementId}", Access.OWN_HUB),
            Map.entry("PUT /hubs/{hubId}/agreements/{agreementId}", Access.COUNTY_ADMIN),
            Map.entry("PUT /hubs/{hubId}/agreements/{agreementId}/actuals/{quarter}", Access.OWN_HUB),
            Map.entry("GET /hubs/{hubId}/agreements/{agreementId}/actuals", Access.OWN_HUB),
            Map.entry("GET /returns/{quarter}", Access.COUNTY_RETURN),
            Map.entry("GET /returns/{quarter}/summary.csv", Access.COUNTY_RETURN),
            Map.entry("GET /returns/{quarter}/summary.pdf", Access.COUNTY_RETURN),
            Map.entry("POST /returns/{quarter}/sign-off", Access.COUNTY_ADMIN),
            Map.entry("POST /returns/{quarter}/reopen", Access.COUNTY_ADMIN),
            Map.entry("GET /hubs/{hubId}/returns", Access.OWN_HUB),
            Map.entry("GET /hubs/{hubId}/returns/{quarter}", Access.HUB_RETURN),
            Map.entry("GET /hubs/{hubId}/returns/{quarter}/summary.csv", Access.HUB_RETURN),
            Map.entry("GET /hubs/{hubId}/returns/{quarter}/summary.pdf", Access.HUB_RETURN));

    private AccessPolicy() {
    }

    public static Optional<Access> ruleFor(String routeKey) {
        return Optional.ofNullable(RULES.get(routeKey));
    }

    /** {@code hubId} is the path's {@code {hubId}}, or null when the route has none. */
    public static Decision decide(String routeKey, Principal principal, String hubId) {
        Access access = RULES.get(routeKey);
        if (access == null) {
            return Decision.DENY;
        }
        if (principal.is(Role.COUNTY_ADMIN)) {
            return Decision.ALLOW;
        }
        boolean staff = principal.is(Role.HUB_STAFF);
        boolean ownHub = hubId != null && principal.worksAt(hubId);
        boolean partner = principal.is(Role.PARTNER);
        return switch (access) {
            case SIGNED_IN -> Decision.ALLOW;
            case COUNTY_ADMIN -> Decision.DENY;
            case STAFF -> staff ? Decision.ALLOW : Decision.DENY;
            case OWN_HUB -> ownHub ? Decision.ALLOW : Decision.DENY;
            case COUNTY_RETURN -> staff ? Decision.ALLOW : partner ? Decision.ALLOW_IF_SIGNED_OFF : Decision.DENY;
            case HUB_RETURN -> ownHub ? Decision.ALLOW : partner ? Decision.ALLOW_IF_SIGNED_OFF : Decision.DENY;
        };
    }
}
