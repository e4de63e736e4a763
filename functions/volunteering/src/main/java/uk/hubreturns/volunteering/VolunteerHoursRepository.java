package uk.hubreturns.volunteering;

import java.util.List;
import java.util.Optional;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.time.Quarter;

/**
 * A hub's volunteer entries. Reads never see entries of imports that are not complete (see {@link ImportSnapshot}); no
 * entry is created in, or deleted from, a quarter that is signed off (a {@link uk.hubreturns.common.domain.RecordConflictException}).
 */
public interface VolunteerHoursRepository {

    VolunteerEntry create(VolunteerEntry entry);

    Optional<VolunteerEntry> find(String hubId, String entryId);

    /** Deletes an entry read earlier; a change meanwhile is a {@link uk.hubreturns.common.domain.RecordConflictException}. */
    void delete(VolunteerEntry entry);

    /** One page of the quarter's entries, newest first, and the totals of the whole quarter, read as of one moment. */
    QuarterListing listInQuarter(String hubId, Quarter quarter, PageRequest page);

    /**
     * The totals of every entry that counts in the quarter, together with {@code notYetCounted}: the rows of
     * an import about to complete, so that its result can be stored in the same write that completes it.
     */
    QuarterTotals totalsIncluding(String hubId, Quarter quarter, List<VolunteerEntry> notYetCounted);

    /** A page of entries together with the totals of their whole quarter. */
    /** {@code unfinishedImports}: the ids of the hub's imports, in any quarter, that are not complete (their rows count nowhere). */
    record QuarterListing(Page<VolunteerEntry> page, QuarterTotals totals, List<String> unfinishedImports) {
    }
}
