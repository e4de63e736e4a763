package uk.hubreturns.common.hub;

import java.util.Optional;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

public interface HubRepository {

    /** Stores a new hub; a hub with the same id is a {@link uk.hubreturns.common.domain.RecordConflictException}. */
    Hub create(Hub hub);

    Optional<Hub> find(String hubId);

    /** Every hub, in hub-id order. */
    Page<Hub> list(PageRequest page);

    /** Replaces a hub read earlier; a change meanwhile is a {@link uk.hubreturns.common.domain.RecordConflictException}. */
    Hub update(Hub hub);
}
