package uk.hubreturns.common.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.InMemoryAuditLog;
import uk.hubreturns.common.ledger.InMemoryIdempotencyStore;

class PrimerTest {

    private final ReadRecordingDynamoDb dynamoDb = new ReadRecordingDynamoDb();

    @Test
    void primingBuildsWhatTheEndpointBuildsOnlyForWritesAndReadsOneKeyNoRecordHas() {
        List<String> built = new ArrayList<>();
        Primer primer = new Primer(dynamoDb, "RecordsTable", JsonModule.json(),
                () -> { built.add("idempotency store"); return new InMemoryIdempotencyStore(); },
                () -> { built.add("audit log"); return new InMemoryAuditLog(); },
                () -> Set.of(() -> built.add("the function's own step")));

        primer.prime();

        assertThat(built).containsExactlyInAnyOrder("idempotency store", "audit log", "the function's own step");
        assertThat(dynamoDb.reads).singleElement().satisfies(read -> {
            assertThat(read.tableName()).isEqualTo("RecordsTable");
            assertThat(read.key().get("pk").s()).isEqualTo(Primer.KEY);
        });
    }
}
