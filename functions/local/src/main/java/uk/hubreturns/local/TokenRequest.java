package uk.hubreturns.local;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.hubreturns.common.security.Role;

/** What a local token is for: a role, the hubs of a hub-staff user, and a subject (made up when not given). */
record TokenRequest(Role role, Set<String> hubs, String subject) {

    private static final Pattern HUB_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    static TokenRequest of(String roleName, List<String> hubs, String subject) {
        Role role = Role.ofGroup(roleName).orElseThrow(() -> new UsageException(
                "The role must be one of county-admin, hub-staff and partner, not '" + roleName + "'."));
        Set<String> hubIds = new LinkedHashSet<>();
        for (String hub : hubs) {
            String trimmed = hub.trim();
            if (!HUB_ID.matcher(trimmed).matches()) {
                throw new UsageException("'" + trimmed + "' is not a hub id (lower-case letters, digits and hyphens).");
            }
            hubIds.add(trimmed);
        }
        if (role == Role.HUB_STAFF && hubIds.isEmpty()) {
            throw new UsageException("A hub-staff token needs the hubs the person works at, such as --hubs north,south.");
        }
        if (role != Role.HUB_STAFF && !hubIds.isEmpty()) {
            throw new UsageException("Only hub-staff tokens name hubs; " + role.group() + " sees what the role allows.");
        }
        String who = subject == null || subject.isBlank() ? "local-" + role.group() + (hubIds.isEmpty() ? "" : "-" + String.join("-", hubIds))
                : subject.trim();
        return new TokenRequest(role, Set.copyOf(hubIds), who);
    }
}
