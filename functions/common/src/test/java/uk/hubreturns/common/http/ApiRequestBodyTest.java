package uk.hubreturns.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestBodyTest {

    private static ApiRequest request(String body, boolean base64, String contentType) {
        return new ApiRequest(APIGatewayV2HTTPEvent.builder()
                .withBody(body)
                .withIsBase64Encoded(base64)
                .withHeaders(contentType == null ? Map.of() : Map.of("content-type", contentType))
                .build());
    }

    @Test
    void aBodyUpToTheLimitIsRead() {
        String body = "x".repeat(ApiRequest.MAX_BODY_BYTES);

        assertThat(request(body, false, null).body()).hasSize(ApiRequest.MAX_BODY_BYTES);
    }

    @Test
    void aBodyOverOneMegabyteIsTooLarge() {
        assertThatThrownBy(() -> request("x".repeat(ApiRequest.MAX_BODY_BYTES + 1), false, null).body())
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("The request body is larger than this action accepts (1 MB).");
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        String pounds = "£".repeat(6);

        assertThat(request(pounds, false, null).body(12)).isEqualTo(pounds);
        assertThatThrownBy(() -> request(pounds, false, null).body(11)).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void aBase64BodyIsDecodedAndMeasuredAfterDecoding() {
        String encoded = Base64.getEncoder().encodeToString("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(request(encoded, true, null).body(8)).isEqualTo("a,b\n1,2\n");
        assertThatThrownBy(() -> request(encoded, true, null).body(7)).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedRatherThanReadWithCharactersChanged() {
        byte[] windows1252 = "volunteerRef,date,hours,activity,note\nV-1,2026-07-14,1,EVENTS,Caf\u00e9\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        String encoded = Base64.getEncoder().encodeToString(windows1252);

        assertThatThrownBy(() -> request(encoded, true, "text/csv").body())
                .isInstanceOfSatisfying(uk.hubreturns.common.domain.InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.message()).startsWith("is not UTF-8 text")
                                .endsWith("save the spreadsheet as 'CSV UTF-8 (comma delimited)' and upload it again")));
        assertThatThrownBy(() -> request(encoded, true, "application/json").body())
                .isInstanceOfSatisfying(uk.hubreturns.common.domain.InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.message()).endsWith("send it encoded as UTF-8")
                                .doesNotContain("spreadsheet")));
    }

    @Test
    void aJsonBodyMustSayItIsJson() {
        assertThat(request("{}", false, "application/json; charset=utf-8").jsonBody()).isEqualTo("{}");
        for (String other : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
            assertThatThrownBy(() -> request("{}", false, other).jsonBody()).isInstanceOf(UnsupportedMediaTypeException.class);
        }
        assertThatThrownBy(() -> request("{}", false, null).jsonBody()).isInstanceOf(UnsupportedMediaTypeException.class);
    }

    @Test
    void aLargerLimitCanBeAskedFor() {
        String body = "x".repeat(ApiRequest.MAX_BODY_BYTES + 10);

        assertThat(request(body, false, null).body(5 * 1024 * 1024)).hasSize(ApiRequest.MAX_BODY_BYTES + 10);
    }

    @Test
    void aMediaTypeMatchesWithOrWithoutAUtf8Charset() {
        request("", false, "text/csv").requireMediaType("text/csv");
        request("", false, "Text/CSV; charset=UTF-8").requireMediaType("text/csv");
        request("", false, "text/csv; header=present").requireMediaType("text/csv");
    }

    @Test
    void anotherMediaTypeOrCharsetIsUnsupported() {
        assertThatThrownBy(() -> request("", false, "application/json").requireMediaType("text/csv"))
                .isInstanceOf(UnsupportedMediaTypeException.class)
                .hasMessageContaining("'Content-Type: text/csv'").hasMessageContaining("application/json");
        assertThatThrownBy(() -> request("", false, "text/csv; charset=windows-1252").requireMediaType("text/csv"))
                .isInstanceOf(UnsupportedMediaTypeException.class);
        assertThatThrownBy(() -> request("", false, null).requireMediaType("text/csv"))
                .isInstanceOf(UnsupportedMediaTypeException.class);
    }
}
