package uk.hubreturns.common.rag;

/** How a measured result compares with its target: on target, close to it, off it, or not reported. */
public enum RagRating {
    GREEN,
    AMBER,
    RED,
    NO_DATA
}
