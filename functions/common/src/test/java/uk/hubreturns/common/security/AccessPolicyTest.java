package uk.hubreturns.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final Principal ADMIN = new Principal("a", EnumSet.of(Role.COUNTY_ADMIN), Set.of());
    private static final Principal NORTH_STAFF = new Principal("s", EnumSet.of(Role.HUB_STAFF), Set.of("north"));
    private static final Principal PARTNER = new Principal("p", EnumSet.of(Role.PARTNER), Set.of());
    private static final Principal NOBODY = new Principal("n", EnumSet.noneOf(Role.class), Set.of());

    @Test
    void aRouteWithoutARuleIsRefusedEvenToAnAdministrator() {
        assertThat(AccessPolicy.decide("GET /secrets", ADMIN, null)).isEqualTo(Decision.DENY);
    }

    @Test
    void aSignedInUserWithNoKnownGroupMayDoNothingButBeToldARouteDoesNotExist() {
        assertThat(AccessPolicy.decide("GET /hubs", NOBODY, null)).isEqualTo(Decision.DENY);
        assertThat(AccessPolicy.decide("$default", NOBODY, null)).isEqualTo(Decision.ALLOW);
    }

    @Test
    void partnersSeeReturnsOnlyOnceSignedOffAndNeverRecords() {
        assertThat(AccessPolicy.decide("GET /returns/{quarter}", PARTNER, null)).isEqualTo(Decision.ALLOW_IF_SIGNED_OFF);
        assertThat(AccessPolicy.decide("GET /hubs/{hubId}/returns/{quarter}/summary.pdf", PARTNER, "north")).isEqualTo(Decision.ALLOW_IF_SIGNED_OFF);
        assertThat(AccessPolicy.decide("GET /hubs/{hubId}/meetings", PARTNER, "north")).isEqualTo(Decision.DENY);
        assertThat(AccessPolicy.decide("GET /hubs/{hubId}/returns", PARTNER, "north")).isEqualTo(Decision.DENY);
    }

    @Test
    void hubStaffReadTheCountyReturnButSignOffIsForTheCounty() {
        assertThat(AccessPolicy.decide("GET /returns/{quarter}", NORTH_STAFF, null)).isEqualTo(Decision.ALLOW);
        assertThat(AccessPolicy.decide("POST /returns/{quarter}/sign-off", NORTH_STAFF, null)).isEqualTo(Decision.DENY);
        assertThat(AccessPolicy.decide("GET /hubs/{hubId}/returns/{quarter}", NORTH_STAFF, "south")).isEqualTo(Decision.DENY);
    }

    @Test
    void readsTheGroupsAsTheAuthorizerWritesThem() {
        assertThat(Principal.splitGroups("[county-admin hub-staff]")).containsExactly("county-admin", "hub-staff");
        assertThat(Principal.splitGroups("[\"partner\"]")).containsExactly("partner");
        assertThat(Principal.splitGroups("hub-staff")).containsExactly("hub-staff");
        assertThat(Principal.splitGroups(null)).isEmpty();
    }
}
