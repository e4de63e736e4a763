package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiResponseMapperTest {

    @Test
    void copiesStatusHeadersCookiesAndBody() {
        HttpReply reply = HttpApiResponseMapper.toReply("Fn", APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of("Location", "/hubs/north"))
                .withMultiValueHeaders(Map.of("Vary", List.of("Accept", "Origin")))
                .withCookies(List.of("a=1", "b=2"))
                .withBody("{\"hubId\":\"north\"}")
                .build());

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.headers()).containsEntry("Location", List.of("/hubs/north"))
                .containsEntry("Vary", List.of("Accept", "Origin"))
                .containsEntry("Set-Cookie", List.of("a=1", "b=2"));
        assertThat(new String(reply.body(), StandardCharsets.UTF_8)).isEqualTo("{\"hubId\":\"north\"}");
    }

    @Test
    void decodesABase64Body() {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
        HttpReply reply = HttpApiResponseMapper.toReply("Fn", APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200).withBody(Base64.getEncoder().encodeToString(pdf)).withIsBase64Encoded(true).build());

        assertThat(reply.body()).isEqualTo(pdf);
        assertThat(reply.headers()).isEmpty();
    }

    @Test
    void aResponseWithoutBodyHasAnEmptyOne() {
        assertThat(HttpApiResponseMapper.toReply("Fn", APIGatewayV2HTTPResponse.builder().withStatusCode(204).build()).body()).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnHttpResponse() {
        assertThatThrownBy(() -> HttpApiResponseMapper.toReply("Fn", null)).hasMessage("Fn returned null instead of an APIGatewayV2HTTPResponse.");
        assertThatThrownBy(() -> HttpApiResponseMapper.toReply("Fn", "ok")).hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> HttpApiResponseMapper.toReply("Fn", new APIGatewayV2HTTPResponse()))
                .hasMessage("Fn returned the status code 0, which is not an HTTP status.");
    }
}
