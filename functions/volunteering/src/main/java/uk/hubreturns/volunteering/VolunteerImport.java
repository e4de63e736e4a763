package uk.hubreturns.volunteering;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One spreadsheet upload. {@code importSeq} orders imports within a hub (see {@link ImportSnapshot});
 * {@code quarters} are the totals of the quarters it changed, as they stood when it completed.
 */
record VolunteerImport(
        String importId,
        String hubId,
        ImportStatus status,
        int rowCount,
        long importSeq,
        Instant startedAt,
        Instant completedAt,
        List<QuarterTotals> quarters) {

    VolunteerImport {
        quarters = List.copyOf(quarters);
    }

    /**
     * The id of the import's {@code rowNumber}th row (from 1). It depends only on the import and the
     * row, so writing an interrupted import again overwrites the same items instead of adding new ones.
     */
    static String entryId(String importId, int rowNumber) {
        return UUID.nameUUIDFromBytes(("volunteer-import:" + importId + "#" + rowNumber).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
