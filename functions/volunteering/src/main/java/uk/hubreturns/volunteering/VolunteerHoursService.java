package uk.hubreturns.volunteering;

import java.time.Clock;
import javax.inject.Inject;
import uk.hubreturns.common.domain.RecordIds;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.Versions;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.volunteering.VolunteerHoursRepository.QuarterListing;

public final class VolunteerHoursService {

    private final VolunteerHoursRepository entries;
    private final KnownHubs hubs;
    private final Clock clock;

    @Inject
    VolunteerHoursService(VolunteerHoursRepository entries, KnownHubs hubs, Clock clock) {
        this.entries = entries;
        this.hubs = hubs;
        this.clock = clock;
    }

    public VolunteerEntry log(String hubId, EntryDetails details) {
        hubs.require(hubId);
        return entries.create(VolunteerEntry.from(RecordIds.next(), hubId, details, null, clock.instant()));
    }

    public QuarterListing listInQuarter(String hubId, Quarter quarter, PageRequest page) {
        hubs.require(hubId);
        return entries.listInQuarter(hubId, quarter, page);
    }

    public void delete(String hubId, String entryId, long expectedVersion) {
        hubs.require(hubId);
        RecordNotFoundException notFound = new RecordNotFoundException("Hub '" + hubId + "' has no volunteer entry with that id.");
        if (!RecordIds.isWellFormed(entryId)) {
            throw notFound;
        }
        VolunteerEntry entry = entries.find(hubId, entryId).orElseThrow(() -> notFound);
        Versions.require(expectedVersion, entry.version(), "Volunteer entry '" + entryId + "'");
        entries.delete(entry);
    }
}
