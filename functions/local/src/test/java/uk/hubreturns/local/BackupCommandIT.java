package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void everyKindOfRecordTheApiWritesIsRestoredPastTheImportsChecks() throws Exception {
        Path data = work.resolve("data");
        Path backup = work.resolve("backup");
        try (LocalServer server = LocalServer.start(Storage.onDisk(data))) {
            Map<String, String> north = HubWithOneOfEverything.record(server, "north");
            List<HttpResponse<String>> writes = new ArrayList<>();
            writes.add(server.send(HttpRequest.newBuilder(server.uri("/hubs/north")).header("Authorization", "Bearer " + server.adminToken())
                    .header("Content-Type", "application/json").header("If-Match", "\"1\"")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"North\",\"area\":\"Cherwell\",\"annualBudgetPence\":2000,"
                            + "\"requiredSectors\":[\"HEALTH\"]}")).build()));
            writes.add(server.send("POST", "/hubs/north/meetings", "application/json", "{\"date\":\"2026-06-30\",\"type\":\"LOCAL_PARTNERSHIP\","
                    + "\"title\":\"Q1 review\",\"chairs\":[\"Hub Manager\"],\"attendees\":[{\"name\":\"Head\",\"organisation\":\"Academy\","
                    + "\"sector\":\"SCHOOLS\"},{\"name\":\"Parent\",\"sector\":\"PARENTS_CARERS\"}],\"apologies\":[{\"name\":\"GP\","
                    + "\"sector\":\"HEALTH\"}],\"decisions\":[\"Open a question room.\"],\"actions\":[{\"description\":\"Draft terms\","
                    + "\"owner\":\"Hub Manager\",\"dueDate\":\"2026-07-31\"}],\"costPence\":4500}"));
            writes.add(server.send("POST", "/hubs/north/volunteer-hours", "application/json", "{\"volunteerRef\":\"V-2\","
                    + "\"date\":\"2026-06-01\",\"hours\":2.5,\"activity\":\"ADMIN\",\"note\":\"Reception\"}"));
            writes.add(server.send("PUT", "/hubs/north/agreements/" + north.get("agreementId") + "/actuals/2026-Q1", "application/json",
                    "{\"values\":{\"m\":1.5},\"commentary\":\"On track.\"}"));
            writes.add(server.send("POST", "/hubs/north/volunteer-hours/imports", "text/csv",
                    Files.readString(LocalServer.ROOT.resolve("events/volunteer-hours-example.csv"))));
            writes.add(server.send("POST", "/_local/functions/RollupReturnsFunction/invoke", "application/json", "{\"quarter\":\"2026-Q1\"}"));
            writes.add(server.send("POST", "/returns/2026-Q1/sign-off", "application/json", "{}"));
            writes.add(server.send("POST", "/returns/2026-Q1/reopen", "application/json", "{}"));
            assertThat(writes).allSatisfy(response -> assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isBetween(200, 299));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BackupCommand.export((LocalCommand.Export) parse("export", "--to", backup.toString(), "--data", data.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        BackupCommand.restore((LocalCommand.Import) parse("import", "--from", backup.toString(), "--data", work.resolve("restored").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String exported = Files.readString(backup.resolve("records.jsonl"));
        assertThat(exported).as("every kind of record is in the export").contains("\"MEETING#", "\"VOLUNTEER#", "\"IMPORT#",
                "\"IMPORT_LEDGER\"", "\"AGREEMENT#", "\"ACTUALS#", "\"RETURN#", "\"VOLREFS#", "\"COUNTY#", "\"SIGNOFF#", "\"AUDIT#",
                "\"HUBS\"", "reopenedBy", "versionBefore", "\"note\"", "\"organisation\"", "\"apologies\"", "\"commentary\"");
        long items = exported.lines().filter(line -> !line.isBlank()).count();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported " + items + " items");
    }

    private static LocalCommand parse(String... arguments) {
        return CommandLine.parse(List.of(arguments), () -> LocalServer.ROOT.resolve("template.yaml"));
    }
}
