package uk.hubreturns.common.dynamodb;

/**
 * The keys of a kind of record dated within a quarter: {@code <KIND>#<id>} in the hub's partition and
 * {@code Q#<quarter>#<KIND>#<date>#<id>} on {@code byQuarter}, where a quarter's records of the kind sort by date.
 */
public record DatedRecordKeys(String kind) {

    public static final DatedRecordKeys MEETINGS = new DatedRecordKeys(QuarterSortKeys.MEETING);
    public static final DatedRecordKeys VOLUNTEER_ENTRIES = new DatedRecordKeys(QuarterSortKeys.VOLUNTEER);

    public String sortKey(String id) {
        return kind + "#" + id;
    }

    /** What begins the byQuarter keys of this kind's records in the quarter. */
    public String quarterPrefix(String quarterId) {
        return QuarterSortKeys.kindPrefix(quarterId, kind);
    }

    /** {@code date} as the item holds it (YYYY-MM-DD). */
    public String quarterSortKey(String quarterId, String date, String id) {
        return quarterPrefix(quarterId) + date + "#" + id;
    }
}
