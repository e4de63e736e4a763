package uk.hubreturns.volunteering;

import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Spreadsheet imports and the ledger that hides the entries of unfinished ones (see {@link ImportSnapshot}). */
public interface VolunteerImportRepository {

    /** Most imports a hub may leave unfinished at once; each one costs every read a little filtering. */
    int MAX_UNFINISHED = 10;

    Optional<VolunteerImport> find(String hubId, String importId);

    /**
     * Records a new import as IN_PROGRESS, with the next sequence number of the hub, before any of its rows
     * is written. If the same import was started meanwhile, answers that one instead. A hub that already has
     * {@link #MAX_UNFINISHED} unfinished imports is a {@link uk.hubreturns.common.domain.RecordConflictException}.
     */
    VolunteerImport begin(String hubId, String importId, int rowCount, Instant startedAt, Instant writingUntil);

    /**
     * An upload of an unfinished import about to write its rows again: they are not removed before {@code writingUntil}.
     * Answers the import as it is if it was completed meanwhile; one being removed is a
     * {@link uk.hubreturns.common.domain.RecordConflictException}.
     */
    VolunteerImport holdForWriting(VolunteerImport volunteerImport, Instant writingUntil);

    /** The upload that was writing the rows has stopped (a 503, or a quarter signed off meanwhile): they may be removed now. */
    void stopWriting(VolunteerImport volunteerImport);

    /**
     * Marks an unfinished import that no upload is writing as REMOVING, so that no upload completes it from then on.
     * One still being written, or completed meanwhile, is a {@link uk.hubreturns.common.domain.RecordConflictException}
     * saying so.
     */
    VolunteerImport claimForRemoval(VolunteerImport volunteerImport, Instant now);

    /** Writes (or writes again) the import's rows; stops with an {@link IncompleteBatchWriteException}. */
    void writeEntries(VolunteerImport volunteerImport, List<VolunteerEntry> entries);

    /**
     * Marks the import COMPLETE with its totals, in the same transaction that lets its rows count, provided none of the
     * quarters they fall in was signed off meanwhile. If it was completed meanwhile, answers that; if it was removed, or
     * a quarter signed off, meanwhile, a {@link uk.hubreturns.common.domain.RecordConflictException} (and the rows still
     * count nowhere).
     */
    VolunteerImport complete(VolunteerImport volunteerImport, List<QuarterTotals> quarters, Instant completedAt);

    /** Makes sure a COMPLETE import is not still listed as unfinished (a crash at the wrong moment could leave it so). */
    void releaseIfComplete(String hubId, String importId);

    /** Deletes every row an unfinished import may have written; stops with an {@link IncompleteBatchWriteException}. */
    void deleteEntries(VolunteerImport volunteerImport);

    /** Removes an import claimed for removal ({@link #claimForRemoval}) once its rows are gone. */
    void remove(VolunteerImport volunteerImport);
}
