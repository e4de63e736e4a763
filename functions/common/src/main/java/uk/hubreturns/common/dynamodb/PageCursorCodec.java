package uk.hubreturns.common.dynamodb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.domain.InvalidInputException;

/** Turns a DynamoDB key into the opaque {@code nextCursor} of a list, and back. */
@Singleton
public final class PageCursorCodec {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    @Inject
    public PageCursorCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String encode(Map<String, AttributeValue> key) {
        Map<String, String> strings = new HashMap<>();
        key.forEach((name, value) -> strings.put(name, value.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(strings));
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a page cursor", e);
        }
    }

    /** The key a cursor stands for; refuses cursors that do not belong to the partition being listed. */
    public Map<String, AttributeValue> decode(String cursor, String expectedPartitionKey) {
        Map<String, String> strings;
        try {
            strings = mapper.readValue(Base64.getUrlDecoder().decode(cursor), STRING_MAP);
        } catch (IOException | IllegalArgumentException e) {
            throw notOurs();
        }
        if (strings == null || !expectedPartitionKey.equals(strings.get("pk")) || !strings.containsKey("sk")) {
            throw notOurs();
        }
        Map<String, AttributeValue> key = new HashMap<>();
        strings.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
        return key;
    }

    private static InvalidInputException notOurs() {
        return InvalidInputException.of("cursor", "is not a cursor this list gave out; start again without it");
    }
}
