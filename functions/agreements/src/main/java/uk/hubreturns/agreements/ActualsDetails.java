package uk.hubreturns.agreements;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a hub reports for one quarter of an agreement: a value per measure, and optionally why. */
public record ActualsDetails(Map<String, BigDecimal> values, String commentary) {

    public ActualsDetails {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
