package uk.hubreturns.backup;

/** The files of an export folder. */
public final class ExportFolder {

    public static final String RECORDS_JSONL = "records.jsonl";
    public static final String RECORDS_CSV = "records.csv";
    public static final String MANIFEST = "export.json";

    private ExportFolder() {
    }
}
