package uk.hubreturns.common.lambda;

/**
 * Throw-away work a function adds to its SnapStart priming when its requests go beyond JSON and DynamoDB (the
 * returns functions render a summary), so that a restored function finds those classes loaded too.
 */
@FunctionalInterface
public interface PrimingStep {

    void prime();
}
