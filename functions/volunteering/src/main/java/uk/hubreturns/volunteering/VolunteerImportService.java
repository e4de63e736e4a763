package uk.hubreturns.volunteering;

import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.inject.Inject;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;
import uk.hubreturns.common.hub.KnownHubs;
import uk.hubreturns.common.returns.QuarterSignOffs;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;

/**
 * Imports a spreadsheet all or nothing. The rows were all checked before this is called. The import is
 * recorded IN_PROGRESS before its first row is written, and its rows count only once it is COMPLETE
 * (see {@link ImportSnapshot}). A row's id depends only on the import and the row, so if writing stops
 * part-way, uploading the same file again writes the same items again and completes the import once.
 */
public final class VolunteerImportService {

    static final Pattern IMPORT_ID = Pattern.compile("[0-9a-f]{64}");
    /** Long enough for DynamoDB throttling to ease; short enough that a person retrying by hand never waits for it. */
    static final int RETRY_AFTER_SECONDS = 5;
    /**
     * How long an upload may still be writing an import's rows, so that they are not removed under it: longer than the
     * import function's Timeout in template.yaml (120 s), after which Lambda has stopped it. An upload that stops
     * with an error lets go at once.
     */
    static final Duration WRITING_LEASE = Duration.ofSeconds(150);

    /** What an upload did: {@code created} is false when the same rows had been imported already. */
    record ImportOutcome(boolean created, VolunteerImport volunteerImport) {
    }

    private final VolunteerImportRepository imports;
    private final VolunteerHoursRepository entries;
    private final KnownHubs hubs;
    private final QuarterSignOffs signOffs;
    private final QuarterCalendar calendar;
    private final Clock clock;

    @Inject
    VolunteerImportService(VolunteerImportRepository imports, VolunteerHoursRepository entries, KnownHubs hubs,
                           QuarterSignOffs signOffs, QuarterCalendar calendar, Clock clock) {
        this.imports = imports;
        this.entries = entries;
        this.hubs = hubs;
        this.signOffs = signOffs;
        this.calendar = calendar;
        this.clock = clock;
    }

    public ImportOutcome importRows(String hubId, ParsedImport upload) {
        hubs.require(hubId);
        ParsedImport parsed = upload;
        Optional<VolunteerImport> earlier = imports.find(hubId, upload.importId());
        if (earlier.isEmpty() && upload.inFileOrder().isPresent()) {
            // The same rows imported before rows in another order counted as the same upload, under the id of the file's order.
            Optional<VolunteerImport> identifiedBefore = imports.find(hubId, upload.inFileOrder().get().importId());
            if (identifiedBefore.isPresent()) {
                parsed = upload.inFileOrder().get();
                earlier = identifiedBefore;
            }
        }
        if (earlier.isEmpty() || earlier.get().status() != ImportStatus.COMPLETE) {
            parsed.rows().stream().map(row -> calendar.quarterOf(row.date())).distinct().sorted().forEach(signOffs::requireOpen);
        }
        VolunteerImport started;
        if (earlier.isEmpty()) {
            started = imports.begin(hubId, parsed.importId(), parsed.rows().size(), clock.instant(), clock.instant().plus(WRITING_LEASE));
        } else if (earlier.get().status() == ImportStatus.COMPLETE) {
            started = earlier.get();
        } else {
            started = imports.holdForWriting(earlier.get(), clock.instant().plus(WRITING_LEASE));
        }
        if (started.status() == ImportStatus.COMPLETE) {
            imports.releaseIfComplete(hubId, started.importId());
            return new ImportOutcome(false, started);
        }
        List<VolunteerEntry> rows = new ArrayList<>(parsed.rows().size());
        for (int i = 0; i < parsed.rows().size(); i++) {
            String entryId = VolunteerImport.entryId(started.importId(), i + 1);
            rows.add(VolunteerEntry.from(entryId, hubId, parsed.rows().get(i), started.importId(), started.startedAt()));
        }
        try {
            imports.writeEntries(started, rows);
        } catch (IncompleteBatchWriteException e) {
            imports.stopWriting(started);
            throw new TemporarilyUnavailableException("Only " + e.done() + " of " + e.total() + " rows were stored before the database "
                    + "stopped accepting writes, and none of them count yet. Upload the same file again to finish the import "
                    + "(it will not count any row twice), or remove it with DELETE /hubs/" + hubId + "/volunteer-hours/imports/"
                    + started.importId() + ".", RETRY_AFTER_SECONDS, e);
        }
        return new ImportOutcome(true, imports.complete(started, totalsAfter(hubId, rows), clock.instant()));
    }

    /**
     * Removes an import that did not finish, and every row it wrote: once no upload is writing them (see
     * {@link #WRITING_LEASE}), and marked as being removed first, so that no upload can complete it while its rows go.
     */
    public void deleteUnfinished(String hubId, String importId) {
        hubs.require(hubId);
        RecordNotFoundException notFound = new RecordNotFoundException("Hub '" + hubId + "' has no import with that id.");
        if (!IMPORT_ID.matcher(importId).matches()) {
            throw notFound;
        }
        VolunteerImport found = imports.find(hubId, importId).orElseThrow(() -> notFound);
        if (found.status() == ImportStatus.COMPLETE) {
            throw new RecordConflictException("Import " + importId + " is complete and its rows count; only an import that did not "
                    + "finish can be removed. Delete wrong entries one at a time instead.");
        }
        VolunteerImport removing = imports.claimForRemoval(found, clock.instant());
        try {
            imports.deleteEntries(removing);
        } catch (IncompleteBatchWriteException e) {
            throw new TemporarilyUnavailableException("Only " + e.done() + " of " + e.total() + " rows were removed before the database "
                    + "stopped accepting writes; none of them count. Send the same request again to finish removing the import.",
                    RETRY_AFTER_SECONDS, e);
        }
        imports.remove(removing);
    }

    /** The totals of every quarter the rows fall in, counting the rows as if the import were already complete. */
    private List<QuarterTotals> totalsAfter(String hubId, List<VolunteerEntry> rows) {
        Map<Quarter, List<VolunteerEntry>> byQuarter = new TreeMap<>();
        for (VolunteerEntry row : rows) {
            byQuarter.computeIfAbsent(calendar.quarterOf(row.date()), quarter -> new ArrayList<>()).add(row);
        }
        List<QuarterTotals> totals = new ArrayList<>();
        byQuarter.forEach((quarter, quarterRows) -> totals.add(entries.totalsIncluding(hubId, quarter, quarterRows)));
        return totals;
    }
}
