package uk.hubreturns.common.hub;

import java.time.Instant;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.dynamodb.PagedQuery;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.dynamodb.StoredVersion;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.ledger.CurrentActor;
import uk.hubreturns.common.http.PreconditionFailedException;
import uk.hubreturns.common.http.PageRequest;

@Singleton
public final class DynamoDbHubRepository implements HubRepository {

    private final DynamoDbTable<HubItem> table;
    private final PagedQuery pagedQuery;

    @Inject
    public DynamoDbHubRepository(DynamoDbEnhancedClient client, @RecordsTableName String tableName, PagedQuery pagedQuery) {
        this.table = client.table(tableName, HubItem.SCHEMA);
        this.pagedQuery = pagedQuery;
    }

    @Override
    public Hub create(Hub hub) {
        HubItem item = toItem(hub);
        item.setVersion(null);
        try {
            table.putItem(item);
        } catch (ConditionalCheckFailedException e) {
            throw new RecordConflictException("A hub with id '" + hub.hubId() + "' already exists.");
        }
        item.setVersion(StoredVersion.afterPut(null));
        return toHub(item);
    }

    @Override
    public Optional<Hub> find(String hubId) {
        if (!HubIds.isValid(hubId)) {
            return Optional.empty();
        }
        HubItem item = table.getItem(r -> r.key(key(hubId)).consistentRead(true));
        return Optional.ofNullable(item).map(DynamoDbHubRepository::toHub);
    }

    @Override
    public Page<Hub> list(PageRequest page) {
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(k -> k.partitionValue(HubKeys.HUBS_PARTITION)))
                .consistentRead(true);
        return pagedQuery.onTable(table, HubKeys.HUBS_PARTITION, query, page).map(DynamoDbHubRepository::toHub);
    }

    @Override
    public Hub update(Hub hub) {
        HubItem item = toItem(hub);
        try {
            table.putItem(item);
        } catch (ConditionalCheckFailedException e) {
            throw new PreconditionFailedException("Hub '" + hub.hubId() + "' was changed by someone else meanwhile; read it again.");
        }
        item.setVersion(StoredVersion.afterPut(hub.version()));
        return toHub(item);
    }

    private static Key key(String hubId) {
        return Key.builder().partitionValue(HubKeys.HUBS_PARTITION).sortValue(HubKeys.hubSortKey(hubId)).build();
    }

    private static HubItem toItem(Hub hub) {
        HubItem item = new HubItem();
        item.setPk(HubKeys.HUBS_PARTITION);
        item.setSk(HubKeys.hubSortKey(hub.hubId()));
        item.setHubId(hub.hubId());
        item.setName(hub.name());
        item.setArea(hub.area());
        item.setAnnualBudgetPence(hub.annualBudgetPence());
        item.setRequiredSectors(hub.requiredSectors().stream().map(Sector::name).toList());
        item.setCreatedAt(hub.createdAt().toString());
        item.setUpdatedAt(hub.updatedAt().toString());
        item.setVersion(hub.version());
        item.createdBy = hub.createdBy() != null ? hub.createdBy() : CurrentActor.subjectOrSystem();
        item.updatedBy = CurrentActor.subjectOrSystem();
        return item;
    }

    private static Hub toHub(HubItem item) {
        return new Hub(
                item.getHubId(),
                item.getName(),
                item.getArea(),
                item.getAnnualBudgetPence(),
                item.getRequiredSectors().stream().map(Sector::valueOf).toList(),
                Instant.parse(item.getCreatedAt()),
                Instant.parse(item.getUpdatedAt()),
                item.getVersion(),
                item.createdBy,
                item.updatedBy);
    }
}
