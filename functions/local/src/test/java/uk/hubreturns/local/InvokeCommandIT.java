package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvokeCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATE = LocalServer.ROOT.resolve("template.yaml");

    @TempDir
    Path data;

    @Test
    void callsTheFunctionWithTheEventFileAndPrintsItsResponse() throws Exception {
        JsonNode created = invoke("CreateHubFunction", "create-hub.json");
        JsonNode listed = invoke("ListHubsFunction", "list-hubs.json");

        assertThat(created.get("statusCode").asInt()).isEqualTo(201);
        assertThat(created.get("isBase64Encoded").asBoolean()).isFalse();
        assertThat(JSON.readTree(created.get("body").asText()).get("hubId").asText()).isEqualTo("banbury");
        assertThat(listed.get("statusCode").asInt()).isEqualTo(200);
        assertThat(JSON.readTree(listed.get("body").asText()).get("items").get(0).get("hubId").asText()).isEqualTo("banbury");
    }

    @Test
    void anUnknownFunctionOrMissingEventFileIsExplained() {
        assertThatThrownBy(() -> InvokeCommand.run(new InvokeOptions(TEMPLATE, "NopeFunction",
                LocalServer.ROOT.resolve("events/list-hubs.json"), Storage.inMemory()), System.out))
                .isInstanceOf(LocalRuntimeException.class)
                .hasMessageStartingWith("template.yaml has no function NopeFunction; its functions are ")
                .hasMessageContaining("CreateHubFunction, ");
        assertThatThrownBy(() -> InvokeCommand.run(new InvokeOptions(TEMPLATE, "ListHubsFunction",
                LocalServer.ROOT.resolve("events/missing.json"), Storage.inMemory()), System.out))
                .isInstanceOf(LocalRuntimeException.class)
                .hasMessageStartingWith("There is no event file ");
    }

    @Test
    void theCommandPrintsOnlyTheResponseOnStdoutAndExitsZero() throws Exception {
        Finished run = runMain("invoke", "ListHubsFunction", "-e", LocalServer.ROOT.resolve("events/list-hubs.json").toString(), "--in-memory");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(JSON.readTree(run.stdout()).get("statusCode").asInt()).isEqualTo(200);
    }

    @Test
    void theCommandExitsNonZeroWithAMessageForAnUnknownFunctionOrMissingFile() throws Exception {
        Finished unknown = runMain("invoke", "NopeFunction", "--in-memory");
        Finished missing = runMain("invoke", "ListHubsFunction", "-e", "no/such/event.json", "--in-memory");
        Finished usage = runMain("invoke");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stderr()).startsWith("template.yaml has no function NopeFunction");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr()).startsWith("There is no event file ");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stderr()).contains("Run with --help");
    }

    private JsonNode invoke(String functionId, String eventFile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InvokeCommand.run(new InvokeOptions(TEMPLATE, functionId, LocalServer.ROOT.resolve("events").resolve(eventFile),
                Storage.onDisk(data)), new PrintStream(out, true, StandardCharsets.UTF_8));
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private record Finished(int exitCode, String stdout, String stderr) {
    }

    private static Finished runMain(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HubReturnsLocal.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Finished(process.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }
}
