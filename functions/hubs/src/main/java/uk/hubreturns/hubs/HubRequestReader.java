package uk.hubreturns.hubs;

import java.util.List;
import javax.inject.Inject;
import uk.hubreturns.common.hub.HubIds;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.common.json.ObjectInput;

/** Validates hub request bodies; every bad field is reported at once. */
public final class HubRequestReader {

    static final int MAX_NAME = 120;
    static final int MAX_AREA = 120;
    /** A hub's budget above £100m a year is a typing error, not a hub. */
    static final long MAX_BUDGET_PENCE = 10_000_000_000L;

    private final JsonInput json;

    @Inject
    HubRequestReader(JsonInput json) {
        this.json = json;
    }

    HubDetails readNew(String body) {
        return json.read(body, in -> {
            String hubId = in.requiredText("hubId", HubIds.MAX_LENGTH);
            if (hubId != null && !HubIds.isValid(hubId)) {
                in.addError("hubId", HubIds.describeRule());
            } else if (HubIds.COUNTY.equals(hubId)) {
                in.addError("hubId", "'county' stands for the county-wide returns (their downloads are named after it): choose another id");
            }
            return details(in, hubId);
        });
    }

    /** The body of a PUT: the hub id comes from the path; a body that names another id is refused. */
    HubDetails readReplacement(String body, String pathHubId) {
        return json.read(body, in -> {
            String hubId = in.optionalText("hubId", HubIds.MAX_LENGTH);
            if (hubId != null && !hubId.equals(pathHubId)) {
                in.addError("hubId", "must match the hub in the address, '" + pathHubId + "', or be left out");
            }
            return details(in, pathHubId);
        });
    }

    private static HubDetails details(ObjectInput in, String hubId) {
        String name = in.requiredText("name", MAX_NAME);
        String area = in.requiredText("area", MAX_AREA);
        Long budget = in.requiredWholeNumber("annualBudgetPence", 0, MAX_BUDGET_PENCE);
        List<Sector> sectors = in.optionalDistinctEnums("requiredSectors", Sector.class, 1);
        return new HubDetails(hubId, name, area, budget == null ? 0 : budget,
                sectors == null ? Sector.requiredByDefault() : sectors);
    }
}
