package uk.hubreturns.volunteering;

import java.time.Instant;
import java.util.List;

/** The answer to an upload, the first time and every time the same rows are uploaded again. */
public record ImportResultView(
        String importId,
        int rowsImported,
        Instant importedAt,
        List<QuarterTotalsView> quarters) {

    static ImportResultView of(VolunteerImport volunteerImport) {
        return new ImportResultView(volunteerImport.importId(), volunteerImport.rowCount(), volunteerImport.completedAt(),
                volunteerImport.quarters().stream().map(QuarterTotalsView::of).toList());
    }
}
