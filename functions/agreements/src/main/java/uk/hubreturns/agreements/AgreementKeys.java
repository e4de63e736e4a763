package uk.hubreturns.agreements;

import uk.hubreturns.common.dynamodb.QuarterSortKeys;

/**
 * The keys of agreements in the hub's partition: {@code AGREEMENT#<id>}, and each quarter's actuals
 * {@code ACTUALS#<agreementId>#<quarter>} (on {@code byQuarter} {@code Q#<quarter>#ACTUALS#<agreementId>}).
 */
public final class AgreementKeys {

    public static final String AGREEMENT_PREFIX = "AGREEMENT#";

    private AgreementKeys() {
    }

    public static String agreementSortKey(String agreementId) {
        return AGREEMENT_PREFIX + agreementId;
    }

    public static String actualsPrefix(String agreementId) {
        return "ACTUALS#" + agreementId + "#";
    }

    public static String actualsSortKey(String agreementId, String quarterId) {
        return actualsPrefix(agreementId) + quarterId;
    }

    public static String actualsQuarterSortKey(String quarterId, String agreementId) {
        return QuarterSortKeys.kindPrefix(quarterId, QuarterSortKeys.ACTUALS) + agreementId;
    }
}
