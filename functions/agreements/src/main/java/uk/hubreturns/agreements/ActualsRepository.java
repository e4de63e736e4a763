package uk.hubreturns.agreements;

import java.util.List;
import java.util.Optional;
import uk.hubreturns.common.time.Quarter;

public interface ActualsRepository {

    Optional<QuarterActuals> find(String hubId, String agreementId, Quarter quarter);

    /** Every quarter recorded for the agreement, earliest first. */
    List<QuarterActuals> listForAgreement(String hubId, String agreementId);

    /**
     * Stores a quarter's actuals: new when {@code version} is null, else replacing the version read earlier;
     * a change meanwhile, or a quarter signed off, is a {@link uk.hubreturns.common.domain.RecordConflictException}.
     */
    QuarterActuals save(QuarterActuals actuals);
}
