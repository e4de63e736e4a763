package uk.hubreturns.common.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.json.JsonModule;
import uk.hubreturns.common.ledger.InMemoryAuditLog;
import uk.hubreturns.common.ledger.InMemoryIdempotencyStore;

class FunctionInitTest {

    private final ReadRecordingDynamoDb dynamoDb = new ReadRecordingDynamoDb();
    private final List<String> built = new CopyOnWriteArrayList<>();
    private final Primer primer = new Primer(dynamoDb, "RecordsTable", JsonModule.json(),
            () -> { built.add("idempotency store"); return new InMemoryIdempotencyStore(); },
            () -> { built.add("audit log"); return new InMemoryAuditLog(); },
            () -> { built.add("the function's own steps"); return Set.of(() -> built.add("the function's own step ran")); });

    @Test
    void anOnDemandStartBuildsThePrimerAtInitAndReadsThePrimingKeyOnAThreadOfItsOwn() throws Exception {
        List<String> components = new CopyOnWriteArrayList<>();

        String component = FunctionInit.initialised("component", c -> { components.add(c); return primer; }, "on-demand", 2);

        assertThat(component).isEqualTo("component");
        assertThat(components).as("the primer, and so the DynamoDB client, is built during init").containsExactly("component");
        assertThat(dynamoDb.awaitFirstRead(5_000)).isTrue();
        assertThat(dynamoDb.reads).singleElement().satisfies(read -> assertThat(read.key().get("pk").s()).isEqualTo(Primer.KEY));
        assertThat(dynamoDb.readers).singleElement().satisfies(thread -> {
            assertThat(thread).isNotSameAs(Thread.currentThread());
            assertThat(thread.getName()).isEqualTo("request-path-warm-up");
        });
        assertThat(built).as("what only writes need is left to the first write; a function's own priming steps are not even built")
                .isEmpty();
    }

    @Test
    void anInitialisationForASnapshotReadsNothingAtInitAndPrimesFullyBeforeTheSnapshot() {
        FunctionInit.initialised("component", c -> primer, "snap-start", 2);

        assertThat(dynamoDb.reads).as("nothing is read until the checkpoint").isEmpty();
        SnapStartPriming.primeAll();
        assertThat(dynamoDb.readers).singleElement().isSameAs(Thread.currentThread());
        assertThat(built)
                .containsExactlyInAnyOrder("idempotency store", "audit log", "the function's own steps", "the function's own step ran");
    }

    @Test
    void aStartWithoutAnInitializationTypeIsAnOnDemandStart() throws Exception {
        FunctionInit.initialised("component", c -> primer, null, 2);

        assertThat(dynamoDb.awaitFirstRead(5_000)).isTrue();
        assertThat(dynamoDb.readers).singleElement().isNotSameAs(Thread.currentThread());
    }

    @Test
    void onOneProcessorAnOnDemandStartBuildsThePrimerButLeavesTheReadToTheFirstRequest() throws Exception {
        List<String> components = new CopyOnWriteArrayList<>();

        FunctionInit.initialised("component", c -> { components.add(c); return primer; }, "on-demand", 1);

        assertThat(components).containsExactly("component");
        assertThat(dynamoDb.awaitFirstRead(300)).as("a read aside would only compete with the first request").isFalse();
        assertThat(dynamoDb.reads).isEmpty();
    }
}
