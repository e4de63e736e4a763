package uk.hubreturns.hubs;

import java.util.List;
import uk.hubreturns.common.hub.Sector;

/** What a client says about a hub when creating or replacing it. */
record HubDetails(String hubId, String name, String area, long annualBudgetPence, List<Sector> requiredSectors) {
}
