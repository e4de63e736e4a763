package uk.hubreturns.volunteering;

import uk.hubreturns.common.dynamodb.QuarterSortKeys;

/**
 * The keys of volunteer hours in the hub's partition: an entry {@code VOLUNTEER#<id>} (on {@code byQuarter}
 * {@code Q#<quarter>#VOLUNTEER#<date>#<id>}) and an upload {@code IMPORT#<id>}.
 */
public final class VolunteerKeys {

    private VolunteerKeys() {
    }

    public static String entrySortKey(String entryId) {
        return "VOLUNTEER#" + entryId;
    }

    public static String quarterPrefix(String quarterId) {
        return QuarterSortKeys.kindPrefix(quarterId, "VOLUNTEER");
    }

    public static String quarterSortKey(String quarterId, String date, String entryId) {
        return QuarterSortKeys.datedKey(quarterId, "VOLUNTEER", date, entryId);
    }

    public static String importSortKey(String importId) {
        return "IMPORT#" + importId;
    }
}
