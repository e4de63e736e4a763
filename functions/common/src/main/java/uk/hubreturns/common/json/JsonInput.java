package uk.hubreturns.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import javax.inject.Inject;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.domain.InvalidInputException;

/**
 * Turns a request body into a domain value, or refuses it with every problem named. The body is parsed with
 * jackson-core into {@link PlainJson} values; a repeated field or anything after the value is not JSON.
 */
public final class JsonInput {

    private static final JsonFactory PARSERS = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Inject
    public JsonInput() {
    }

    public <T> T read(String body, Function<ObjectInput, T> reader) {
        Object root = parse(body);
        if (!(root instanceof Map)) {
            throw InvalidInputException.of("$", "must be a JSON object");
        }
        FieldErrors errors = new FieldErrors();
        ObjectInput input = ObjectInput.of(root, "", errors);
        T value = reader.apply(input);
        input.rejectUnknownFields();
        errors.throwIfAny();
        return value;
    }

    /** The body as plain Java values; refuses text that is not exactly one JSON value. */
    static Object parse(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("$", "a JSON body is required");
        }
        try (JsonParser parser = PARSERS.createParser(body)) {
            parser.nextToken();
            Object value = PlainJson.value(parser);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw notJson(parser.currentLocation(), "more content after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw notJson(e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Reading a string cannot fail", e);
        }
    }

    private static InvalidInputException notJson(JsonLocation location, String message) {
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        // Jackson names where a construct opened as "[Source: REDACTED (…); line: 1, column: 1]": only the place means anything.
        String readable = message == null ? "" : message.replaceAll("\\[Source: [^;\\]]*; ", "[");
        return InvalidInputException.of("$", "is not valid JSON" + where + ": " + readable);
    }
}
