package uk.hubreturns.common.rag;

/** Whether a target is a floor (reach at least this much) or a ceiling (stay at or below this much). */
public enum TargetDirection {
    AT_LEAST,
    AT_MOST
}
