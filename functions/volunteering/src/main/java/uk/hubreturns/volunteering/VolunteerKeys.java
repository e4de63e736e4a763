package uk.hubreturns.volunteering;

/**
 * The key of a volunteer-hours upload in the hub's partition, {@code IMPORT#<id>}; the entries' keys are
 * {@link uk.hubreturns.common.dynamodb.DatedRecordKeys#VOLUNTEER_ENTRIES}.
 */
public final class VolunteerKeys {

    private VolunteerKeys() {
    }

    public static String importSortKey(String importId) {
        return "IMPORT#" + importId;
    }
}
