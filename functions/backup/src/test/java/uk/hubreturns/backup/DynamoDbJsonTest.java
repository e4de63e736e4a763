package uk.hubreturns.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class DynamoDbJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, AttributeValue> EVERY_TYPE = Map.of(
            "pk", AttributeValue.fromS("HUB#north"),
            "minutes", AttributeValue.fromN("90.500"),
            "photo", AttributeValue.fromB(SdkBytes.fromUtf8String("bytes")),
            "open", AttributeValue.fromBool(false),
            "nothing", AttributeValue.fromNul(true),
            "refs", AttributeValue.fromSs(List.of("V-1", "V-2")),
            "scores", AttributeValue.fromNs(List.of("1", "2.50")),
            "blobs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"))),
            "attendees", AttributeValue.fromL(List.of(AttributeValue.fromM(Map.of("sector", AttributeValue.fromS("HEALTH"))))),
            "values", AttributeValue.fromM(Map.of("families", AttributeValue.fromS("37"))));

    @Test
    void everyTypeOfAttributeComesBackExactlyAsItWasWritten() throws Exception {
        String line = JSON.writeValueAsString(DynamoDbJson.typed(EVERY_TYPE));

        assertThat(DynamoDbJson.item(JSON.readTree(line), "Item")).isEqualTo(EVERY_TYPE);
        assertThat(line).contains("\"minutes\":{\"N\":\"90.500\"}", "\"refs\":{\"SS\":[\"V-1\",\"V-2\"]}");
    }

    @Test
    void aSpreadsheetCellShowsTextAndNumbersAsWrittenAndNestedValuesAsJson() {
        assertThat(DynamoDbJson.plain(EVERY_TYPE.get("minutes"))).isEqualTo("90.500");
        assertThat(DynamoDbJson.plain(EVERY_TYPE.get("pk"))).isEqualTo("HUB#north");
        assertThat(DynamoDbJson.plain(EVERY_TYPE.get("attendees"))).isEqualTo("[{\"sector\":\"HEALTH\"}]");
        assertThat(DynamoDbJson.plain(EVERY_TYPE.get("nothing"))).isEmpty();
    }

    @Test
    void aValueWithoutItsTypeOrWithAWrongOneIsNamedByWhereItIs() throws Exception {
        assertThatThrownBy(() -> DynamoDbJson.item(JSON.readTree("{\"minutes\":90}"), "Item"))
                .hasMessageContaining("Item.minutes must be one typed value");
        assertThatThrownBy(() -> DynamoDbJson.item(JSON.readTree("{\"minutes\":{\"N\":\"ninety\"}}"), "Item"))
                .hasMessageContaining("Item.minutes is not a number");
        assertThatThrownBy(() -> DynamoDbJson.item(JSON.readTree("{\"a\":{\"L\":[{\"X\":\"1\"}]}}"), "Item"))
                .hasMessageContaining("Item.a[0] has the unknown type \"X\"");
    }
}
