package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaJsonTest {

    @TempDir
    Path folder;

    @Test
    void readsAnHttpApiEventWithTheNamesLambdaUses() throws Exception {
        Path file = Files.writeString(folder.resolve("event.json"), """
                {"version": "2.0", "routeKey": "GET /hubs/{hubId}", "rawPath": "/hubs/north",
                 "pathParameters": {"hubId": "north"}, "isBase64Encoded": true, "body": "e30=",
                 "requestContext": {"http": {"method": "GET", "path": "/hubs/north"}, "requestId": "r-1", "timeEpoch": 1},
                 "somethingNew": "ignored"}
                """);

        APIGatewayV2HTTPEvent event = (APIGatewayV2HTTPEvent) LambdaJson.readEvent(file, APIGatewayV2HTTPEvent.class);

        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(event.getPathParameters()).isEqualTo(Map.of("hubId", "north"));
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("GET");
        assertThat(event.getRequestContext().getRequestId()).isEqualTo("r-1");
    }

    @Test
    void writesAResponseWithTheNamesLambdaUses() {
        String json = LambdaJson.write(APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build());

        assertThat(json).contains("\"statusCode\" : 200", "\"isBase64Encoded\" : false", "\"body\" : \"{}\"").doesNotContain("headers");
    }

    @Test
    void saysWhichFileIsMissingOrWrong() throws Exception {
        assertThatThrownBy(() -> LambdaJson.readEvent(folder.resolve("none.json"), APIGatewayV2HTTPEvent.class))
                .isInstanceOf(LocalRuntimeException.class).hasMessageContaining("There is no event file");
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"version\": ");
        assertThatThrownBy(() -> LambdaJson.readEvent(broken, APIGatewayV2HTTPEvent.class))
                .isInstanceOf(LocalRuntimeException.class).hasMessageContaining("is not a");
    }
}
