package uk.hubreturns.common.hub;

import java.util.EnumSet;
import java.util.List;

/** The partner sectors a hub partnership draws its members from (Oxfordshire hub partnerships, 2011, s. 6.1). */
public enum Sector {
    PARENTS_CARERS,
    CHILDREN_YOUNG_PEOPLE,
    SCHOOLS,
    HEALTH,
    GP_PRIMARY_CARE,
    POLICE,
    VOLUNTARY_COMMUNITY_FAITH,
    DISTRICT_COUNCIL,
    COUNCILLOR,
    CHILDRENS_CENTRE,
    YOUTH_OFFENDING,
    SOCIAL_CARE,
    BEHAVIOUR_SUPPORT,
    YOUTH_ENGAGEMENT,
    HUB_STAFF,
    OTHER;

    /** Every sector a partnership should include: all but the hub's own staff and "other". */
    public static List<Sector> requiredByDefault() {
        return List.copyOf(EnumSet.complementOf(EnumSet.of(HUB_STAFF, OTHER)));
    }
}
