package uk.hubreturns.common.security;

/** What a route lets each role do. */
public enum Access {
    /** Anyone signed in (the {@code $default} route's 404 and 405). */
    SIGNED_IN,
    /** County administrators only: hubs, agreements' terms, sign-off, the audit log. */
    COUNTY_ADMIN,
    /** County administrators, and hub staff of any hub (the list of hubs). */
    STAFF,
    /** County administrators, and staff of the hub in the path. */
    OWN_HUB,
    /** County administrators and hub staff; partners once the quarter is signed off. */
    COUNTY_RETURN,
    /** County administrators, staff of the hub in the path; partners once the quarter is signed off. */
    HUB_RETURN
}
