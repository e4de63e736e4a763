package uk.hubreturns.common.hub;

/** The table keys that name a hub: its own item under {@code pk = HUBS}, and the partition that holds its records. */
public final class HubKeys {

    public static final String HUBS_PARTITION = "HUBS";

    private HubKeys() {
    }

    public static String hubSortKey(String hubId) {
        return "HUB#" + hubId;
    }

    /** Where the hub's meetings, volunteer hours, imports, agreements and returns are kept. */
    public static String recordsPartition(String hubId) {
        return "HUB#" + hubId;
    }
}
