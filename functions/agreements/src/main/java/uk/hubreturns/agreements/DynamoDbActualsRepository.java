package uk.hubreturns.agreements;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.dynamodb.StoredVersion;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.ledger.CurrentActor;
import uk.hubreturns.common.returns.OpenQuarterWrites;
import uk.hubreturns.common.time.Quarter;

@Singleton
public final class DynamoDbActualsRepository implements ActualsRepository {

    private final DynamoDbTable<ActualsItem> table;
    private final OpenQuarterWrites openQuarters;

    @Inject
    DynamoDbActualsRepository(DynamoDbEnhancedClient client, @RecordsTableName String tableName, OpenQuarterWrites openQuarters) {
        this.table = client.table(tableName, ActualsItem.SCHEMA);
        this.openQuarters = openQuarters;
    }

    @Override
    public Optional<QuarterActuals> find(String hubId, String agreementId, Quarter quarter) {
        ActualsItem item = table.getItem(r -> r.key(Key.builder()
                .partitionValue(HubKeys.recordsPartition(hubId))
                .sortValue(AgreementKeys.actualsSortKey(agreementId, quarter.id()))
                .build()).consistentRead(true));
        return Optional.ofNullable(item).map(DynamoDbActualsRepository::toActuals);
    }

    @Override
    public List<QuarterActuals> listForAgreement(String hubId, String agreementId) {
        QueryEnhancedRequest query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(k -> k
                        .partitionValue(HubKeys.recordsPartition(hubId))
                        .sortValue(AgreementKeys.actualsPrefix(agreementId))))
                .consistentRead(true)
                .build();
        // Sort keys end in the quarter id (YYYY-Qn), so the Query returns quarters in order.
        return table.query(query).items().stream().map(DynamoDbActualsRepository::toActuals).toList();
    }

    @Override
    public QuarterActuals save(QuarterActuals actuals) {
        ActualsItem item = toItem(actuals);
        openQuarters.put(table, item, List.of(actuals.quarter()), () -> new RecordConflictException("The actuals of " + actuals.quarter()
                + " were changed by someone else meanwhile; send them again."));
        item.version = StoredVersion.afterPut(item.version);
        return toActuals(item);
    }

    private static ActualsItem toItem(QuarterActuals actuals) {
        ActualsItem item = new ActualsItem();
        item.pk = HubKeys.recordsPartition(actuals.hubId());
        item.sk = AgreementKeys.actualsSortKey(actuals.agreementId(), actuals.quarter().id());
        item.quarterSk = AgreementKeys.actualsQuarterSortKey(actuals.quarter().id(), actuals.agreementId());
        item.agreementId = actuals.agreementId();
        item.hubId = actuals.hubId();
        item.quarter = actuals.quarter().id();
        Map<String, String> values = new TreeMap<>();
        actuals.values().forEach((measureId, value) -> values.put(measureId, value.toPlainString()));
        item.values = values;
        item.commentary = actuals.commentary();
        item.updatedAt = actuals.updatedAt().toString();
        item.version = actuals.version();
        item.updatedBy = CurrentActor.subjectOrSystem();
        return item;
    }

    private static QuarterActuals toActuals(ActualsItem item) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        new TreeMap<>(item.values).forEach((measureId, value) -> values.put(measureId, new BigDecimal(value)));
        return new QuarterActuals(item.hubId, item.agreementId, Quarter.parse(item.quarter).orElseThrow(), values,
                item.commentary, Instant.parse(item.updatedAt), item.version, item.updatedBy);
    }
}
