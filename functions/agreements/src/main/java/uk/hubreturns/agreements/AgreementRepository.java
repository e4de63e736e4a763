package uk.hubreturns.agreements;

import java.util.Optional;
import uk.hubreturns.common.http.Page;
import uk.hubreturns.common.http.PageRequest;

public interface AgreementRepository {

    Agreement create(Agreement agreement);

    Optional<Agreement> find(String hubId, String agreementId);

    /** The hub's agreements, in id order. */
    Page<Agreement> list(String hubId, PageRequest page);

    /** Replaces an agreement read earlier; a change meanwhile is a {@link uk.hubreturns.common.domain.RecordConflictException}. */
    Agreement update(Agreement agreement);
}
