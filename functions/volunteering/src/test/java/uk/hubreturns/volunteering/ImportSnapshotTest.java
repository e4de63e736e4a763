package uk.hubreturns.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Expression;

class ImportSnapshotTest {

    private final ImportSnapshot snapshot = new ImportSnapshot(7, Set.of("unfinished"));

    @Test
    void anEntryLoggedOnItsOwnAlwaysCounts() {
        assertThat(snapshot.counts(null, null)).isTrue();
        assertThat(ImportSnapshot.NO_IMPORTS.counts(null, null)).isTrue();
    }

    @Test
    void anImportedEntryCountsWhenItsImportStartedBeforeTheSnapshotAndIsNotUnfinished() {
        assertThat(snapshot.counts("done", 7L)).isTrue();
        assertThat(snapshot.counts("done", 1L)).isTrue();
    }

    @Test
    void anEntryOfAnUnfinishedImportDoesNotCount() {
        assertThat(snapshot.counts("unfinished", 6L)).isFalse();
    }

    @Test
    void anEntryOfAnImportThatStartedAfterTheSnapshotDoesNotCountEvenIfItHasFinishedSince() {
        assertThat(snapshot.counts("later", 8L)).isFalse();
        assertThat(ImportSnapshot.NO_IMPORTS.counts("later", 1L)).isFalse();
    }

    @Test
    void theFilterExpressionSaysTheSameThing() {
        Expression none = DynamoDbVolunteerHoursRepository.countedOnly(ImportSnapshot.NO_IMPORTS);
        Expression two = DynamoDbVolunteerHoursRepository.countedOnly(new ImportSnapshot(9, Set.of("b", "a")));

        assertThat(none.expression()).isEqualTo("attribute_not_exists(#importId) OR (#importSeq <= :lastImportSeq)");
        assertThat(none.expressionValues().get(":lastImportSeq").n()).isEqualTo("0");
        assertThat(two.expression()).isEqualTo(
                "attribute_not_exists(#importId) OR (#importSeq <= :lastImportSeq AND NOT (#importId IN (:unfinished0, :unfinished1)))");
        assertThat(two.expressionValues().get(":unfinished0").s()).isEqualTo("a");
        assertThat(two.expressionValues().get(":unfinished1").s()).isEqualTo("b");
        assertThat(two.expressionNames()).containsEntry("#importId", "importId").containsEntry("#importSeq", "importSeq");
    }
}
