package uk.hubreturns.common.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.InMemoryAuditLog;
import uk.hubreturns.common.ledger.InMemoryIdempotencyStore;

class FunctionInitTest {

    private final List<Thread> readsOn = new CopyOnWriteArrayList<>();
    private final List<String> built = new CopyOnWriteArrayList<>();
    private final CountDownLatch read = new CountDownLatch(1);
    private final DynamoDbClient dynamoDb = new DynamoDbClient() {
        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            assertThat(request.key().get("pk").s()).isEqualTo(Primer.KEY);
            readsOn.add(Thread.currentThread());
            read.countDown();
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
    private final Primer primer = new Primer(dynamoDb, "RecordsTable", JsonModule.json(),
            () -> { built.add("idempotency store"); return new InMemoryIdempotencyStore(); },
            () -> { built.add("audit log"); return new InMemoryAuditLog(); });

    @Test
    void anOnDemandStartBuildsThePrimerAtInitAndReadsThePrimingKeyOnAThreadOfItsOwn() throws Exception {
        List<String> components = new CopyOnWriteArrayList<>();

        String component = FunctionInit.initialised("component", c -> { components.add(c); return primer; }, "on-demand", 2);

        assertThat(component).isEqualTo("component");
        assertThat(components).as("the primer, and so the DynamoDB client, is built during init").containsExactly("component");
        assertThat(read.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(readsOn).singleElement().satisfies(thread -> {
            assertThat(thread).isNotSameAs(Thread.currentThread());
            assertThat(thread.getName()).isEqualTo("request-path-warm-up");
        });
        assertThat(built).as("what only writes need is left to the first write").isEmpty();
    }

    @Test
    void anInitialisationForASnapshotReadsNothingAtInitAndPrimesFullyBeforeTheSnapshot() {
        FunctionInit.initialised("component", c -> primer, "snap-start", 2);

        assertThat(readsOn).as("nothing is read until the checkpoint").isEmpty();
        SnapStartPriming.primeAll();
        assertThat(readsOn).singleElement().isSameAs(Thread.currentThread());
        assertThat(built).containsExactlyInAnyOrder("idempotency store", "audit log");
    }

    @Test
    void aStartWithoutAnInitializationTypeIsAnOnDemandStart() throws Exception {
        FunctionInit.initialised("component", c -> primer, null, 2);

        assertThat(read.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(readsOn).singleElement().isNotSameAs(Thread.currentThread());
    }

    @Test
    void onOneProcessorAnOnDemandStartBuildsThePrimerButLeavesTheReadToTheFirstRequest() throws Exception {
        List<String> components = new CopyOnWriteArrayList<>();

        FunctionInit.initialised("component", c -> { components.add(c); return primer; }, "on-demand", 1);

        assertThat(components).containsExactly("component");
        assertThat(read.await(300, TimeUnit.MILLISECONDS)).as("a read aside would only compete with the first request").isFalse();
        assertThat(readsOn).isEmpty();
    }
}
