package uk.hubreturns.local;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Events and responses as JSON. The event classes' Lombok accessors ({@code getIsBase64Encoded}) give
 * the property names Lambda uses ({@code isBase64Encoded}), so plain bean mapping fits them.
 */
public final class LambdaJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private LambdaJson() {
    }

    public static Object readEvent(Path file, Type eventType) {
        if (!Files.isRegularFile(file)) {
            throw new LocalRuntimeException("There is no event file " + file
                    + ": pass one with -e FILE (the sample events are in events/).");
        }
        try {
            return MAPPER.readValue(file.toFile(), MAPPER.getTypeFactory().constructType(eventType));
        } catch (IOException e) {
            throw new LocalRuntimeException(file + " is not a " + eventType.getTypeName() + " event: " + e.getMessage(), e);
        }
    }

    public static Object readEvent(String json, Type eventType, String source) {
        try {
            return MAPPER.readValue(json, MAPPER.getTypeFactory().constructType(eventType));
        } catch (IOException e) {
            throw new LocalRuntimeException(source + " is not a " + eventType.getTypeName() + " event: " + e.getMessage(), e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a " + value.getClass().getName() + " as JSON", e);
        }
    }
}
