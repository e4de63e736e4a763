package uk.hubreturns.common.dynamodb;

import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Why DynamoDB cancelled a transaction: one reason per item, in the order the items were sent. */
public final class TransactionCancellation {

    private static final String CONDITION_FAILED = "ConditionalCheckFailed";

    private TransactionCancellation() {
    }

    /** Whether the transaction's {@code index}th item was refused by its own condition. */
    public static boolean conditionFailedAt(TransactionCanceledException e, int index) {
        return e.hasCancellationReasons() && index < e.cancellationReasons().size()
                && CONDITION_FAILED.equals(e.cancellationReasons().get(index).code());
    }

    /** Whether any item was refused by its own condition (rather than the whole transaction by a conflict or throttling). */
    public static boolean anyConditionFailed(TransactionCanceledException e) {
        return e.hasCancellationReasons() && e.cancellationReasons().stream().map(CancellationReason::code).anyMatch(CONDITION_FAILED::equals);
    }
}
