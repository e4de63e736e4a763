package uk.hubreturns.volunteering;

/** An import is IN_PROGRESS from before its first row is written until its last is; only then COMPLETE. */
public enum ImportStatus {
    IN_PROGRESS,
    COMPLETE
}
