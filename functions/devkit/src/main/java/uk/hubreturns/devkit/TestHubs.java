package uk.hubreturns.devkit;

import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.dynamodb.PageCursorCodec;
import uk.hubreturns.common.dynamodb.PagedQuery;
import uk.hubreturns.common.hub.DynamoDbHubRepository;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.json.JsonModule;

/** Puts hubs straight into a test's table, stored as the hubs functions store them, for tests of other resources. */
public final class TestHubs {

    private final DynamoDbEnhancedClient enhanced;
    private final PagedQuery pagedQuery;
    private final DynamoDbHubRepository repository;

    public TestHubs(String tableName) {
        enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(DynamoDbForTests.client()).build();
        pagedQuery = new PagedQuery(new PageCursorCodec(JsonModule.json()));
        repository = new DynamoDbHubRepository(enhanced, tableName, pagedQuery);
    }

    /** A hub named "{hubId} hub" with a £3,000 budget and the default partner sectors. */
    public void add(String hubId, Instant createdAt) {
        add(new Hub(hubId, hubId + " hub", "Oxfordshire", 300_000, Sector.requiredByDefault(), createdAt, createdAt, null));
    }

    public void add(Hub hub) {
        repository.create(hub);
    }

    public DynamoDbEnhancedClient enhancedClient() {
        return enhanced;
    }

    public PagedQuery pagedQuery() {
        return pagedQuery;
    }
}
