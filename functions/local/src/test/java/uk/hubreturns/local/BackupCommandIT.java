package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} as a county's IT team runs them: from one data folder, through files, into another. */
class BackupCommandIT {

    @TempDir
    Path work;

    @Test
    void theLocalDataExportedAndImportedIntoAnotherFolderServesTheSameRecords() throws Exception {
        Path data = work.resolve("data");
        Path backup = work.resolve("backup");
        Path restored = work.resolve("restored");
        try (LocalServer server = LocalServer.start(Storage.onDisk(data))) {
            HubWithOneOfEverything.record(server, "north");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BackupCommand.export((LocalCommand.Export) parse("export", "--to", backup.toString(), "--data", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        BackupCommand.restore((LocalCommand.Import) parse("import", "--from", backup.toString(), "--data", restored.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("Exported [0-9]+ items \\(everything\\) to .*backup")
                .containsPattern("Imported [0-9]+ items from .*backup");
        assertThat(Files.readString(backup.resolve("records.csv"))).contains("HUBS,HUB#north");
        try (LocalServer server = LocalServer.start(Storage.onDisk(restored))) {
            assertThat(server.get("/hubs/north").statusCode()).isEqualTo(200);
            assertThat(server.get("/hubs/north/meetings?quarter=2026-Q1").body()).contains("\"title\":\"Q1\"");
            assertThat(server.get("/hubs/north/volunteer-hours?quarter=2026-Q1").body()).contains("\"totalHours\":1");
        }

        assertThatThrownBy(() -> BackupCommand.restore((LocalCommand.Import) parse("import", "--from", backup.toString(), "--data",
                restored.toString()), System.out, System.err))
                .isInstanceOf(LocalRuntimeException.class).hasMessageContaining("already has hubs");
    }

    private static LocalCommand parse(String... arguments) {
        return CommandLine.parse(List.of(arguments), () -> LocalServer.ROOT.resolve("template.yaml"));
    }
}
