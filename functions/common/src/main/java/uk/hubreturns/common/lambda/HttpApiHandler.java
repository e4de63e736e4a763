package uk.hubreturns.common.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An HTTP API route's handler. Lambda calls the stream method (it has the most parameters, so the runtime prefers
 * it for {@code Handler: Class::handleRequest}), which reads the event with {@link HttpApiJson}, and so does the
 * local runtime; unit tests call the typed one.
 */
public abstract class HttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, RequestStreamHandler {

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        HttpApiJson.writeResponse(handleRequest(HttpApiJson.readEvent(input), context), output);
    }
}
