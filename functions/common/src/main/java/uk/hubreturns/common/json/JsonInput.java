package uk.hubreturns.common.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import javax.inject.Inject;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.domain.InvalidInputException;

/** Turns a request body into a domain value, or refuses it with every problem named. */
public final class JsonInput {

    private final ObjectMapper mapper;

    @Inject
    public JsonInput(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(String body, Function<ObjectInput, T> reader) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw InvalidInputException.of("$", "must be a JSON object");
        }
        FieldErrors errors = new FieldErrors();
        ObjectInput input = ObjectInput.of(root, "", errors);
        T value = reader.apply(input);
        input.rejectUnknownFields();
        errors.throwIfAny();
        return value;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInputException.of("$", "a JSON body is required");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            throw InvalidInputException.of("$", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }
}
