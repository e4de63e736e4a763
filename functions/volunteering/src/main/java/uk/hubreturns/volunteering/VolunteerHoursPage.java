package uk.hubreturns.volunteering;

import java.math.BigDecimal;
import java.util.List;
import uk.hubreturns.volunteering.VolunteerHoursRepository.QuarterListing;

/**
 * A page of a quarter's entries, with the totals of the whole quarter (not only of this page), and the hub's imports that
 * did not finish (so that an upload that got no answer can be found, and finished or removed).
 */
public record VolunteerHoursPage(
        String quarter,
        List<EntryView> items,
        String nextCursor,
        BigDecimal totalHours,
        int distinctVolunteers,
        List<String> unfinishedImports) {

    static VolunteerHoursPage of(QuarterListing listing) {
        return new VolunteerHoursPage(
                listing.totals().quarter().id(),
                listing.page().items().stream().map(EntryView::of).toList(),
                listing.page().nextCursor(),
                Hours.fromMinutes(listing.totals().totalMinutes()),
                listing.totals().distinctVolunteers(),
                listing.unfinishedImports());
    }
}
