package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

class DynamoDbFailureClassifierTest {

    private final DynamoDbFailureClassifier classifier = new DynamoDbFailureClassifier();

    @Test
    void aBatchWriteDynamoDbLeftUnfinishedIsWorthRetryingEvenWithoutAnSdkCause() {
        assertThat(classifier.retryAfterSeconds(new IncompleteBatchWriteException(25, 41, null)))
                .hasValue(DynamoDbFailureClassifier.RETRY_AFTER_SECONDS);
    }

    @Test
    void throttlingIsWorthRetryingWhereverItIsInTheCauses() {
        RuntimeException wrapped = new IllegalStateException("The rollup failed",
                ProvisionedThroughputExceededException.builder().message("slow down").build());
        assertThat(classifier.retryAfterSeconds(wrapped)).hasValue(DynamoDbFailureClassifier.RETRY_AFTER_SECONDS);
    }

    @Test
    void aRequestDynamoDbRefusesIsNotRetried() {
        assertThat(classifier.retryAfterSeconds(ConditionalCheckFailedException.builder().message("exists").statusCode(400).build()))
                .isEmpty();
    }
}
