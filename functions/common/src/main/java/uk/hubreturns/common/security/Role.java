package uk.hubreturns.common.security;

import java.util.Optional;

/** The Cognito groups a user can be in. */
public enum Role {
    COUNTY_ADMIN("county-admin"),
    HUB_STAFF("hub-staff"),
    PARTNER("partner");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    public static Optional<Role> ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
