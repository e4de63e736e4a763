package uk.hubreturns.devkit;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The sample events in {@code events/}, which double as test fixtures. */
public final class SampleEvents {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SampleEvents() {
    }

    /** {@code events/<name>.json} as the HTTP API payload 2.0 event API Gateway would send. */
    public static APIGatewayV2HTTPEvent httpApi(String name) {
        try {
            return MAPPER.readValue(Files.readString(file(name)), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read sample event " + name, e);
        }
    }

    /** The sample event with its path parameters replaced, for driving a handler against other records. */
    public static APIGatewayV2HTTPEvent httpApi(String name, Map<String, String> pathParameters) {
        APIGatewayV2HTTPEvent event = httpApi(name);
        Map<String, String> parameters = new HashMap<>(event.getPathParameters() == null ? Map.of() : event.getPathParameters());
        parameters.putAll(pathParameters);
        event.setPathParameters(parameters);
        return event;
    }

    public static Path file(String name) {
        return ProjectFiles.root().resolve("events").resolve(name + ".json");
    }
}
