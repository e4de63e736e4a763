package uk.hubreturns.backup;

/**
 * {@value ExportFolder#MANIFEST}: the format, the quarter exported (null for everything), the number of items in
 * {@value ExportFolder#RECORDS_JSONL} and when the export was made.
 */
public record ExportManifest(String format, String quarter, long items, String exportedAt) {

    public static final String FORMAT = "hub-returns-records/1";
}
