package uk.hubreturns.hubs;

import java.time.Clock;
import java.time.Instant;
import javax.inject.Inject;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.Versions;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.hub.Hub;
import uk.hubreturns.common.hub.HubRepository;

public final class HubService {

    private final HubRepository hubs;
    private final Clock clock;

    @Inject
    HubService(HubRepository hubs, Clock clock) {
        this.hubs = hubs;
        this.clock = clock;
    }

    public Hub create(HubDetails details) {
        Instant now = clock.instant();
        return hubs.create(new Hub(details.hubId(), details.name(), details.area(), details.annualBudgetPence(),
                details.requiredSectors(), now, now, null));
    }

    public Page<Hub> list(PageRequest page) {
        return hubs.list(page);
    }

    public Hub get(String hubId) {
        return hubs.find(hubId).orElseThrow(() -> noSuchHub(hubId));
    }

    public Hub replace(HubDetails details, long expectedVersion) {
        Hub current = get(details.hubId());
        Versions.require(expectedVersion, current.version(), "Hub '" + details.hubId() + "'");
        return hubs.update(new Hub(current.hubId(), details.name(), details.area(), details.annualBudgetPence(),
                details.requiredSectors(), current.createdAt(), clock.instant(), current.version(), current.createdBy(), null));
    }

    static RecordNotFoundException noSuchHub(String hubId) {
        return new RecordNotFoundException("There is no hub with id '" + hubId + "'.");
    }
}
