package uk.hubreturns.returns;

import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.http.ApiRequest;
import uk.hubreturns.common.time.Quarter;

/** The {@code {quarter}} of a returns route. */
final class QuarterPath {

    private QuarterPath() {
    }

    static Quarter of(ApiRequest request) {
        return Quarter.parse(request.pathParameter("quarter")).orElseThrow(() ->
                InvalidInputException.of("quarter", "must be a quarter written YYYY-Qn, such as 2026-Q1 (April to June 2026)"));
    }
}
