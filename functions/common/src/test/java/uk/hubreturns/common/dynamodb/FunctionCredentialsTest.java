package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import uk.hubreturns.common.config.Settings;

/** Where a function's AWS credentials come from: the keys Lambda sets, or, under SnapStart, the container endpoint. */
class FunctionCredentialsTest {

    @Test
    void theKeysLambdaSetsAreUsedWithTheirSessionToken() {
        Settings settings = Settings.of(Map.of("AWS_ACCESS_KEY_ID", "AKIDFROMENV", "AWS_SECRET_ACCESS_KEY", "secret-from-env",
                "AWS_SESSION_TOKEN", "token-from-env"));

        AwsCredentials credentials = DynamoDbModule.credentials(settings).resolveCredentials();

        assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
        assertThat(credentials.accessKeyId()).isEqualTo("AKIDFROMENV");
        assertThat(credentials.secretAccessKey()).isEqualTo("secret-from-env");
        assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("token-from-env");
    }

    @Test
    void withoutKeysAsUnderSnapStartTheContainerEndpointIsAskedWithItsAuthorizationToken() throws IOException {
        List<String> authorizations = new ArrayList<>();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/credentials", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = ("{\"AccessKeyId\":\"AKIDFROMCONTAINER\",\"SecretAccessKey\":\"secret-from-container\","
                    + "\"Token\":\"token-from-container\",\"Expiration\":\"2099-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoint.start();
        // The SDK reads the container endpoint's settings from these system properties before the environment.
        System.setProperty("aws.containerCredentialsFullUri", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/credentials");
        System.setProperty("aws.containerAuthorizationToken", "container-authorization-token");
        try {
            AwsCredentials credentials = DynamoDbModule.credentials(Settings.of(Map.of())).resolveCredentials();

            assertThat(credentials.accessKeyId()).isEqualTo("AKIDFROMCONTAINER");
            assertThat(((AwsSessionCredentials) credentials).sessionToken()).isEqualTo("token-from-container");
            assertThat(authorizations).containsExactly("container-authorization-token");
        } finally {
            System.clearProperty("aws.containerCredentialsFullUri");
            System.clearProperty("aws.containerAuthorizationToken");
            endpoint.stop(0);
        }
    }
}
