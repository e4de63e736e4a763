package uk.hubreturns.meetings;

import uk.hubreturns.common.dynamodb.QuarterSortKeys;

/** A meeting's keys in the hub's partition: {@code MEETING#<id>}, and on {@code byQuarter} {@code Q#<quarter>#MEETING#<date>#<id>}. */
public final class MeetingKeys {

    private MeetingKeys() {
    }

    public static String sortKey(String meetingId) {
        return "MEETING#" + meetingId;
    }

    public static String quarterPrefix(String quarterId) {
        return QuarterSortKeys.kindPrefix(quarterId, "MEETING");
    }

    public static String quarterSortKey(String quarterId, String date, String meetingId) {
        return QuarterSortKeys.datedKey(quarterId, "MEETING", date, meetingId);
    }
}
