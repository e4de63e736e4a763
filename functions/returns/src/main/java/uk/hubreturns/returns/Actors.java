package uk.hubreturns.returns;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Optional;

/** Who is acting: the subject of the token the HTTP API's JWT authorizer checked. */
final class Actors {

    static final String UNKNOWN = "unknown (not signed in)";

    private Actors() {
    }

    static String of(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .map((Map<String, String> claims) -> claims.get("sub"))
                .orElse(UNKNOWN);
    }
}
