package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apart from LocalRuntimeIT because the runtime's settings are JVM-wide: one runtime runs at a time. */
class LocalRuntimeRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aHubSurvivesARestartOnTheSameDataFolder() throws Exception {
        try (LocalServer first = LocalServer.start(Storage.onDisk(data))) {
            assertThat(first.send("POST", "/hubs", "application/json",
                    "{\"hubId\":\"north\",\"name\":\"North Hub\",\"area\":\"Banbury\",\"annualBudgetPence\":300000}").statusCode())
                    .isEqualTo(201);
        }

        try (LocalServer second = LocalServer.start(Storage.onDisk(data))) {
            HttpResponse<String> read = second.get("/hubs/north");
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(read.body()).get("name").asText()).isEqualTo("North Hub");
        }
    }

    @Test
    void aPortInUseIsReportedBeforeAnythingStarts() {
        try (LocalServer running = LocalServer.start(Storage.inMemory())) {
            int port = running.uri("/").getPort();

            assertThatThrownBy(() -> LocalRuntime.start(new ServeOptions(LocalServer.ROOT.resolve("template.yaml"), port,
                    Storage.onDisk(data), LocalServer.ROOT.resolve("static-site/dist"))))
                    .isInstanceOf(LocalRuntimeException.class)
                    .hasMessage("Port " + port + " on localhost is already in use: stop whatever is using it, or choose another port with --port N.");
            assertThat(data).isEmptyDirectory();
        }
    }
}
