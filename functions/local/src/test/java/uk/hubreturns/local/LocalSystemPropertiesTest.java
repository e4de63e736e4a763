package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSystemPropertiesTest {

    private static final URI ENDPOINT = URI.create("http://localhost:8123");

    @Test
    void combinesTheFunctionsEnvironmentsWithTheLocalAwsSettings() {
        Map<String, String> properties = LocalSystemProperties.forFunctions(List.of(
                Functions.withEnvironment("AFunction", Map.of("TABLE_NAME", "RecordsTable", "FINANCIAL_YEAR_START_MONTH", "4")),
                Functions.withEnvironment("BFunction", Map.of("TABLE_NAME", "RecordsTable", "EXPORT_BUCKET", "exports"))), ENDPOINT);

        assertThat(properties).containsEntry("TABLE_NAME", "RecordsTable")
                .containsEntry("FINANCIAL_YEAR_START_MONTH", "4")
                .containsEntry("EXPORT_BUCKET", "exports")
                .containsEntry("DYNAMODB_ENDPOINT", "http://localhost:8123")
                .containsEntry("AWS_REGION", "eu-west-2")
                .containsKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "aws.accessKeyId", "aws.secretAccessKey");
        assertThat(properties.get("aws.accessKeyId")).isNotBlank();
    }

    @Test
    void aVariableWithTwoValuesCannotShareOneJvm() {
        assertThatThrownBy(() -> LocalSystemProperties.forFunctions(List.of(
                Functions.withEnvironment("AFunction", Map.of("TABLE_NAME", "RecordsTable")),
                Functions.withEnvironment("BFunction", Map.of("TABLE_NAME", "OtherTable"))), ENDPOINT))
                .isInstanceOf(LocalRuntimeException.class)
                .hasMessageStartingWith("The environment variable TABLE_NAME is 'RecordsTable' for AFunction but 'OtherTable' for BFunction");
    }
}
