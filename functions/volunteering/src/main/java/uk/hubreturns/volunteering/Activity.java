package uk.hubreturns.volunteering;

/** What a volunteer's time was spent on. */
public enum Activity {
    OUTREACH,
    EVENTS,
    MENTORING,
    ADMIN,
    GROUP_SESSIONS,
    TRANSPORT,
    OTHER
}
