package uk.hubreturns.returns;

import uk.hubreturns.common.http.ApiRequest;
import uk.hubreturns.common.http.ForbiddenException;

/** Partners read published figures only: a return they ask for must be FINAL. */
final class SignedOffGate {

    private SignedOffGate() {
    }

    static <T> T check(ApiRequest request, ReturnStatus status, T value) {
        if (request.signedOffOnly() && status != ReturnStatus.FINAL) {
            throw new ForbiddenException("Partners can see a quarter's returns once the county partnership has signed it off.");
        }
        return value;
    }

    static CountyReturn county(ApiRequest request, CountyReturn county) {
        return check(request, county.status(), county);
    }

    static HubReturn hub(ApiRequest request, HubReturn hub) {
        return check(request, hub.status(), hub);
    }
}
