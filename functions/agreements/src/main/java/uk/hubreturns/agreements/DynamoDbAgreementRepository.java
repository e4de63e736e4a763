package uk.hubreturns.agreements;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import uk.hubreturns.agreements.AgreementItem.MeasureItem;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.dynamodb.PagedQuery;
import uk.hubreturns.common.dynamodb.RecordsTableName;
import uk.hubreturns.common.dynamodb.StoredVersion;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.ledger.CurrentActor;
import uk.hubreturns.common.rag.TargetDirection;

@Singleton
public final class DynamoDbAgreementRepository implements AgreementRepository {

    private final DynamoDbTable<AgreementItem> table;
    private final PagedQuery pagedQuery;

    @Inject
    DynamoDbAgreementRepository(DynamoDbEnhancedClient client, @RecordsTableName String tableName, PagedQuery pagedQuery) {
        this.table = client.table(tableName, AgreementItem.SCHEMA);
        this.pagedQuery = pagedQuery;
    }

    @Override
    public Agreement create(Agreement agreement) {
        AgreementItem item = toItem(agreement);
        item.version = null;
        try {
            table.putItem(item);
        } catch (ConditionalCheckFailedException e) {
            throw new RecordConflictException("An agreement with id '" + agreement.agreementId() + "' already exists.");
        }
        return toAgreement(written(item));
    }

    @Override
    public Optional<Agreement> find(String hubId, String agreementId) {
        AgreementItem item = table.getItem(r -> r.key(key(hubId, agreementId)).consistentRead(true));
        return Optional.ofNullable(item).map(DynamoDbAgreementRepository::toAgreement);
    }

    @Override
    public Page<Agreement> list(String hubId, PageRequest page) {
        String partition = HubKeys.recordsPartition(hubId);
        QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(k -> k.partitionValue(partition).sortValue(AgreementKeys.AGREEMENT_PREFIX)))
                .consistentRead(true);
        return pagedQuery.onTable(table, partition, query, page).map(DynamoDbAgreementRepository::toAgreement);
    }

    @Override
    public Agreement update(Agreement agreement) {
        AgreementItem item = toItem(agreement);
        try {
            table.putItem(item);
        } catch (ConditionalCheckFailedException e) {
            throw new RecordConflictException("Agreement '" + agreement.agreementId() + "' was changed by someone else meanwhile; read it again.");
        }
        return toAgreement(written(item));
    }

    private static AgreementItem written(AgreementItem item) {
        item.version = StoredVersion.afterPut(item.version);
        return item;
    }

    private static Key key(String hubId, String agreementId) {
        return Key.builder().partitionValue(HubKeys.recordsPartition(hubId)).sortValue(AgreementKeys.agreementSortKey(agreementId)).build();
    }

    private static AgreementItem toItem(Agreement agreement) {
        AgreementItem item = new AgreementItem();
        item.pk = HubKeys.recordsPartition(agreement.hubId());
        item.sk = AgreementKeys.agreementSortKey(agreement.agreementId());
        item.agreementId = agreement.agreementId();
        item.hubId = agreement.hubId();
        item.title = agreement.title();
        item.provider = agreement.provider();
        item.startDate = agreement.startDate().toString();
        item.endDate = agreement.endDate().toString();
        item.measures = agreement.measures().stream().map(measure -> {
            MeasureItem m = new MeasureItem();
            m.measureId = measure.measureId();
            m.name = measure.name();
            m.unit = measure.unit();
            m.target = measure.target().toPlainString();
            m.direction = measure.direction().name();
            m.amberTolerancePercent = measure.amberTolerancePercent().toPlainString();
            return m;
        }).toList();
        item.createdAt = agreement.createdAt().toString();
        item.updatedAt = agreement.updatedAt().toString();
        item.version = agreement.version();
        item.createdBy = agreement.createdBy() != null ? agreement.createdBy() : CurrentActor.subjectOrSystem();
        item.updatedBy = CurrentActor.subjectOrSystem();
        return item;
    }

    private static Agreement toAgreement(AgreementItem item) {
        return new Agreement(
                item.agreementId,
                item.hubId,
                item.title,
                item.provider,
                LocalDate.parse(item.startDate),
                LocalDate.parse(item.endDate),
                item.measures.stream().map(m -> new Measure(m.measureId, m.name, m.unit, new BigDecimal(m.target),
                        TargetDirection.valueOf(m.direction), new BigDecimal(m.amberTolerancePercent))).toList(),
                Instant.parse(item.createdAt),
                Instant.parse(item.updatedAt),
                item.version,
                item.createdBy,
                item.updatedBy);
    }
}
