package uk.hubreturns.meetings;

public enum MeetingType {
    LOCAL_PARTNERSHIP,
    COUNTY_PARTNERSHIP,
    SUB_GROUP
}
