package uk.hubreturns.common.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.hubreturns.common.json.PlainJson;

/**
 * The HTTP API's payload format 2.0, read and written with Jackson's streaming parser. Lambda hands a stream
 * handler the event as bytes; reading it here, field by field, spares every cold start the runtime's own reflective
 * serialiser (about 670 classes) that a typed {@code RequestHandler} would load.
 */
public final class HttpApiJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    public static APIGatewayV2HTTPEvent readEvent(InputStream input) throws IOException {
        try (JsonParser parser = JSON.createParser(input)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("An HTTP API event is a JSON object");
            }
            return event(map(PlainJson.value(parser)));
        }
    }

    public static void writeResponse(APIGatewayV2HTTPResponse response, OutputStream output) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(output)) {
            json.writeStartObject();
            json.writeNumberField("statusCode", response.getStatusCode());
            if (response.getHeaders() != null) {
                json.writeObjectFieldStart("headers");
                for (Map.Entry<String, String> header : response.getHeaders().entrySet()) {
                    json.writeStringField(header.getKey(), header.getValue());
                }
                json.writeEndObject();
            }
            if (response.getMultiValueHeaders() != null) {
                json.writeObjectFieldStart("multiValueHeaders");
                for (Map.Entry<String, List<String>> header : response.getMultiValueHeaders().entrySet()) {
                    writeStrings(json, header.getKey(), header.getValue());
                }
                json.writeEndObject();
            }
            if (response.getCookies() != null) {
                writeStrings(json, "cookies", response.getCookies());
            }
            if (response.getBody() != null) {
                json.writeStringField("body", response.getBody());
            }
            json.writeBooleanField("isBase64Encoded", response.getIsBase64Encoded());
            json.writeEndObject();
        }
    }

    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static APIGatewayV2HTTPEvent event(Map<String, Object> json) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion(string(json, "version"))
                .withRouteKey(string(json, "routeKey"))
                .withRawPath(string(json, "rawPath"))
                .withRawQueryString(string(json, "rawQueryString"))
                .withCookies(strings(json.get("cookies")))
                .withHeaders(stringMap(json.get("headers")))
                .withQueryStringParameters(stringMap(json.get("queryStringParameters")))
                .withPathParameters(stringMap(json.get("pathParameters")))
                .withStageVariables(stringMap(json.get("stageVariables")))
                .withBody(string(json, "body"))
                .withIsBase64Encoded(Boolean.TRUE.equals(json.get("isBase64Encoded")))
                .withRequestContext(requestContext(map(json.get("requestContext"))))
                .build();
    }

    private static RequestContext requestContext(Map<String, Object> json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> http = map(json.get("http"));
        Map<String, Object> authorizer = map(json.get("authorizer"));
        return RequestContext.builder()
                .withRouteKey(string(json, "routeKey"))
                .withAccountId(string(json, "accountId"))
                .withStage(string(json, "stage"))
                .withApiId(string(json, "apiId"))
                .withDomainName(string(json, "domainName"))
                .withDomainPrefix(string(json, "domainPrefix"))
                .withTime(string(json, "time"))
                .withTimeEpoch(json.get("timeEpoch") instanceof Number epoch ? epoch.longValue() : 0)
                .withRequestId(string(json, "requestId"))
                .withHttp(http == null ? null : RequestContext.Http.builder()
                        .withMethod(string(http, "method"))
                        .withPath(string(http, "path"))
                        .withProtocol(string(http, "protocol"))
                        .withSourceIp(string(http, "sourceIp"))
                        .withUserAgent(string(http, "userAgent"))
                        .build())
                .withAuthorizer(authorizer == null ? null : authorizer(authorizer))
                .build();
    }

    private static RequestContext.Authorizer authorizer(Map<String, Object> json) {
        Map<String, Object> jwt = map(json.get("jwt"));
        return RequestContext.Authorizer.builder()
                .withJwt(jwt == null ? null : RequestContext.Authorizer.JWT.builder()
                        .withClaims(stringMap(jwt.get("claims")))
                        .withScopes(strings(jwt.get("scopes")))
                        .build())
                .withLambda(map(json.get("lambda")))
                .build();
    }

    private static String string(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, Object> map = map(value);
        if (map == null) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        map.forEach((name, entry) -> strings.put(name, entry == null ? null : entry.toString()));
        return strings;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> strings = new ArrayList<>(list.size());
        list.forEach(entry -> strings.add(entry == null ? null : entry.toString()));
        return strings;
    }

    private HttpApiJson() {
    }
}
