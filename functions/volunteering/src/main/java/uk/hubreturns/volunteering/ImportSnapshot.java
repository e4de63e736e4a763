package uk.hubreturns.volunteering;

import java.util.Set;

/**
 * Which imported entries count, as of one moment. Each hub keeps a small ledger: the sequence number of
 * its latest import ({@code lastImportSeq}) and the ids of imports that are not complete
 * ({@code inProgress}). An import takes its number and joins {@code inProgress} in one write before
 * its first row is stored, and leaves {@code inProgress} in the same transaction that marks it COMPLETE.
 *
 * <p>A reader reads the ledger first, then the entries. An entry counts if it was logged on its own, or
 * if its import had already started ({@code importSeq <= lastImportSeq}) and was not in progress then.
 * So an import that finishes, or starts, while the entries are being read counts either wholly or not
 * at all, never in part.
 */
record ImportSnapshot(long lastImportSeq, Set<String> inProgress) {

    static final ImportSnapshot NO_IMPORTS = new ImportSnapshot(0, Set.of());

    ImportSnapshot {
        inProgress = Set.copyOf(inProgress);
    }

    boolean counts(String importId, Long importSeq) {
        return importId == null || (importSeq != null && importSeq <= lastImportSeq && !inProgress.contains(importId));
    }
}
