package uk.hubreturns.audit;

import com.amazonaws.services.lambda.runtime.Context;
import uk.hubreturns.common.lambda.HttpApiHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import uk.hubreturns.common.http.ApiResponse;

/** {@code GET /audit?hubId=&from=&to=}: who changed what, oldest first, a page at a time (county administrators). */
public final class ListAuditHandler extends HttpApiHandler {

    private final AuditComponent audit;

    public ListAuditHandler() {
        this(AuditComponent.forLambda());
    }

    ListAuditHandler(AuditComponent audit) {
        this.audit = audit;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return audit.endpoint().handle(event, context, request -> {
            AuditQuery query = AuditQuery.of(request, audit.clock());
            if (query.hubId() != null) {
                audit.hubs().require(query.hubId());
            }
            return ApiResponse.ok(audit.auditLog().list(query.hubId(), query.from(), query.to(), query.page()));
        });
    }
}
