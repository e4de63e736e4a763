package uk.hubreturns.local;

import java.nio.file.Path;
import java.util.Locale;

/** The naming rule for sample events: RecordMeetingFunction's is {@code events/record-meeting.json}. */
public final class SampleEventFile {

    private static final String FUNCTION_SUFFIX = "Function";

    private SampleEventFile() {
    }

    public static Path of(Path projectRoot, String functionId) {
        return projectRoot.resolve("events").resolve(nameFor(functionId));
    }

    public static String nameFor(String functionId) {
        String base = functionId.endsWith(FUNCTION_SUFFIX)
                ? functionId.substring(0, functionId.length() - FUNCTION_SUFFIX.length())
                : functionId;
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT) + ".json";
    }
}
