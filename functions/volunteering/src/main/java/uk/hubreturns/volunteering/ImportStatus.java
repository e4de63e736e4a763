package uk.hubreturns.volunteering;

/**
 * An import is IN_PROGRESS from before its first row is written until its last is; only then COMPLETE. An unfinished
 * import being removed is REMOVING from before its first row is deleted: no upload completes it from then on.
 */
public enum ImportStatus {
    IN_PROGRESS,
    COMPLETE,
    REMOVING
}
