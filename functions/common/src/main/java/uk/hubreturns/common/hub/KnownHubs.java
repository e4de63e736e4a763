package uk.hubreturns.common.hub;

import javax.inject.Inject;
import uk.hubreturns.common.domain.RecordNotFoundException;

/** Every hub-scoped record belongs to a hub that exists: a path naming any other hub is a 404. */
public final class KnownHubs {

    private final HubRepository hubs;

    @Inject
    public KnownHubs(HubRepository hubs) {
        this.hubs = hubs;
    }

    public void require(String hubId) {
        // An id that could never be a hub's is not looked up: it might not even fit in a table key.
        if (!HubIds.isValid(hubId) || hubs.find(hubId).isEmpty()) {
            throw new RecordNotFoundException("There is no hub with id '" + abbreviate(hubId) + "'.");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= HubIds.MAX_LENGTH ? text : text.substring(0, HubIds.MAX_LENGTH) + "…";
    }
}
