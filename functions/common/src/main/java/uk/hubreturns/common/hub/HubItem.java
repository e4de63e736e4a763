package uk.hubreturns.common.hub;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.VersionedRecordExtension;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A hub as stored: partition {@code HUBS}, sort key {@code HUB#<hubId>}. */
final class HubItem {

    static final TableSchema<HubItem> SCHEMA = StaticTableSchema.builder(HubItem.class)
            .newItemSupplier(HubItem::new)
            .addAttribute(String.class, a -> a.name("pk").getter(HubItem::getPk).setter(HubItem::setPk).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("sk").getter(HubItem::getSk).setter(HubItem::setSk).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("hubId").getter(HubItem::getHubId).setter(HubItem::setHubId))
            .addAttribute(String.class, a -> a.name("name").getter(HubItem::getName).setter(HubItem::setName))
            .addAttribute(String.class, a -> a.name("area").getter(HubItem::getArea).setter(HubItem::setArea))
            .addAttribute(Long.class, a -> a.name("annualBudgetPence").getter(HubItem::getAnnualBudgetPence).setter(HubItem::setAnnualBudgetPence))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("requiredSectors").getter(HubItem::getRequiredSectors).setter(HubItem::setRequiredSectors))
            .addAttribute(String.class, a -> a.name("createdAt").getter(HubItem::getCreatedAt).setter(HubItem::setCreatedAt))
            .addAttribute(String.class, a -> a.name("createdBy").getter(i -> i.createdBy).setter((i, v) -> i.createdBy = v))
            .addAttribute(String.class, a -> a.name("updatedBy").getter(i -> i.updatedBy).setter((i, v) -> i.updatedBy = v))
            .addAttribute(String.class, a -> a.name("updatedAt").getter(HubItem::getUpdatedAt).setter(HubItem::setUpdatedAt))
            .addAttribute(Long.class, a -> a.name("version").getter(HubItem::getVersion).setter(HubItem::setVersion)
                    .tags(VersionedRecordExtension.AttributeTags.versionAttribute()))
            .build();

    private String pk;
    private String sk;
    private String hubId;
    private String name;
    private String area;
    private Long annualBudgetPence;
    private List<String> requiredSectors;
    private String createdAt;
    String createdBy;
    String updatedBy;
    private String updatedAt;
    private Long version;

    String getPk() { return pk; }
    void setPk(String pk) { this.pk = pk; }
    String getSk() { return sk; }
    void setSk(String sk) { this.sk = sk; }
    String getHubId() { return hubId; }
    void setHubId(String hubId) { this.hubId = hubId; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getArea() { return area; }
    void setArea(String area) { this.area = area; }
    Long getAnnualBudgetPence() { return annualBudgetPence; }
    void setAnnualBudgetPence(Long annualBudgetPence) { this.annualBudgetPence = annualBudgetPence; }
    List<String> getRequiredSectors() { return requiredSectors; }
    void setRequiredSectors(List<String> requiredSectors) { this.requiredSectors = requiredSectors; }
    String getCreatedAt() { return createdAt; }
    void setCreatedAt(String createdAt) { this.createdAt = createdAt; }
    String getUpdatedAt() { return updatedAt; }
    void setUpdatedAt(String updatedAt) { this.updatedAt = updatedAt; }
    Long getVersion() { return version; }
    void setVersion(Long version) { this.version = version; }
}
