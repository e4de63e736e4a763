package uk.hubreturns.common.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.InMemoryAuditLog;
import uk.hubreturns.common.ledger.InMemoryIdempotencyStore;

class PrimerTest {

    private final List<GetItemRequest> reads = new ArrayList<>();
    private final DynamoDbClient dynamoDb = new DynamoDbClient() {
        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            reads.add(request);
            return GetItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    };

    @Test
    void primingBuildsWhatTheEndpointBuildsOnlyForWritesAndReadsOneKeyNoRecordHas() {
        List<String> built = new ArrayList<>();
        Primer primer = new Primer(dynamoDb, "RecordsTable", JsonModule.json(),
                () -> { built.add("idempotency store"); return new InMemoryIdempotencyStore(); },
                () -> { built.add("audit log"); return new InMemoryAuditLog(); });

        primer.prime();

        assertThat(built).containsExactlyInAnyOrder("idempotency store", "audit log");
        assertThat(reads).singleElement().satisfies(read -> {
            assertThat(read.tableName()).isEqualTo("RecordsTable");
            assertThat(read.key().get("pk").s()).isEqualTo(Primer.KEY);
        });
    }
}
