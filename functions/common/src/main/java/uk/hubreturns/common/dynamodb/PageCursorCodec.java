package uk.hubreturns.common.dynamodb;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.http.PageRequest;

/** Turns a DynamoDB key into the opaque {@code nextCursor} of a list, and back. */
@Singleton
public final class PageCursorCodec {

    private final JSON json;

    @Inject
    public PageCursorCodec(JSON json) {
        this.json = json;
    }

    public String encode(Map<String, AttributeValue> key) {
        Map<String, String> strings = new HashMap<>();
        key.forEach((name, value) -> strings.put(name, value.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.asBytes(strings));
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a page cursor", e);
        }
    }

    /**
     * The key a cursor stands for; refuses cursors that do not belong to the partition being listed or do not
     * hold exactly the key attributes of what is queried (the table's, or an index's and the table's).
     */
    public Map<String, AttributeValue> decode(String cursor, String expectedPartitionKey, Collection<String> keyAttributes) {
        Map<String, Object> strings;
        try {
            strings = json.mapFrom(Base64.getUrlDecoder().decode(cursor));
        } catch (IOException | IllegalArgumentException e) {
            throw PageRequest.notACursor();
        }
        if (strings == null || !strings.values().stream().allMatch(String.class::isInstance)
                || !expectedPartitionKey.equals(strings.get("pk")) || !strings.keySet().equals(Set.copyOf(keyAttributes))) {
            throw PageRequest.notACursor();
        }
        Map<String, AttributeValue> key = new HashMap<>();
        strings.forEach((name, value) -> key.put(name, AttributeValue.fromS((String) value)));
        return key;
    }
}
