package uk.hubreturns.returns;

/** DRAFT figures are recomputed every night; FINAL ones were signed off and never change. */
public enum ReturnStatus {
    DRAFT,
    FINAL
}
