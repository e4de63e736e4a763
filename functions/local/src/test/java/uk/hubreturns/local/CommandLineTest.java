package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static final Path ROOT = Path.of("/repo");
    private static final Path TEMPLATE = ROOT.resolve("template.yaml");

    private static LocalCommand parse(String... arguments) {
        return CommandLine.parse(List.of(arguments), () -> TEMPLATE);
    }

    @Test
    void servesByDefaultOnPort3000WithDataAndSiteUnderTheRepository() {
        assertThat(parse()).isEqualTo(new LocalCommand.Serve(new ServeOptions(TEMPLATE, 3000,
                Storage.onDisk(ROOT.resolve(".local/dynamodb")), ROOT.resolve("static-site/dist"))));
    }

    @Test
    void takesServeOptionsRelativeToTheWorkingDirectory() {
        Path here = Path.of("").toAbsolutePath();

        assertThat(parse("serve", "--port", "8080", "--site", "site", "--data", "data")).isEqualTo(new LocalCommand.Serve(
                new ServeOptions(TEMPLATE, 8080, Storage.onDisk(here.resolve("data")), here.resolve("site"))));
        assertThat(parse("--in-memory", "--port", "0")).isEqualTo(new LocalCommand.Serve(
                new ServeOptions(TEMPLATE, 0, Storage.inMemory(), ROOT.resolve("static-site/dist"))));
    }

    @Test
    void invokesAFunctionWithItsSampleEventUnlessGivenOne() {
        assertThat(parse("invoke", "RecordMeetingFunction")).isEqualTo(new LocalCommand.Invoke(new InvokeOptions(TEMPLATE,
                "RecordMeetingFunction", ROOT.resolve("events/record-meeting.json"), Storage.onDisk(ROOT.resolve(".local/dynamodb")))));
        assertThat(parse("invoke", "ListHubsFunction", "-e", "mine.json", "--in-memory")).isEqualTo(new LocalCommand.Invoke(
                new InvokeOptions(TEMPLATE, "ListHubsFunction", Path.of("mine.json").toAbsolutePath(), Storage.inMemory())));
    }

    @Test
    void helpNeedsNoTemplate() {
        assertThat(CommandLine.parse(List.of("serve", "--help"), () -> {
            throw new AssertionError("looked for template.yaml");
        })).isEqualTo(new LocalCommand.Help());
        assertThat(parse("help")).isEqualTo(new LocalCommand.Help());
        assertThat(parse("-h")).isEqualTo(new LocalCommand.Help());
    }

    @Test
    void explainsWhatIsWrongWithTheCommandLine() {
        assertThatThrownBy(() -> parse("deploy")).isInstanceOf(UsageException.class)
                .hasMessage("Unknown command 'deploy': the commands are serve, invoke, token, export, import and help.");
        assertThatThrownBy(() -> parse("--verbose")).hasMessage("Unknown option --verbose.");
        assertThatThrownBy(() -> parse("--port")).hasMessage("--port needs a value.");
        assertThatThrownBy(() -> parse("--port", "http")).hasMessageStartingWith("--port needs a port number from 1 to 65535");
        assertThatThrownBy(() -> parse("--port", "70000")).hasMessageStartingWith("--port needs a port number");
        assertThatThrownBy(() -> parse("--data", "d", "--in-memory")).hasMessage("Choose one of --data DIR and --in-memory.");
        assertThatThrownBy(() -> parse("invoke")).hasMessageStartingWith("invoke needs the function's logical id");
        assertThatThrownBy(() -> parse("invoke", "ListHubsFunction", "--port", "1")).hasMessage("--port does not apply to invoke.");
        assertThatThrownBy(() -> parse("serve", "-e", "x.json")).hasMessage("-e does not apply to serve.");
        assertThatThrownBy(() -> parse("serve", "extra")).hasMessage("Unexpected argument 'extra'.");
        assertThatThrownBy(() -> parse("token")).hasMessage("token needs --role county-admin, hub-staff or partner.");
        assertThatThrownBy(() -> parse("token", "--role", "mayor")).hasMessageStartingWith("The role must be one of county-admin");
        assertThatThrownBy(() -> parse("token", "--role", "hub-staff")).hasMessageStartingWith("A hub-staff token needs the hubs");
        assertThatThrownBy(() -> parse("token", "--role", "partner", "--hubs", "north")).hasMessageStartingWith("Only hub-staff tokens name hubs");
        assertThatThrownBy(() -> parse("token", "--role", "partner", "--in-memory")).hasMessageStartingWith("An --in-memory runtime");
        assertThatThrownBy(() -> parse("serve", "--role", "partner")).hasMessage("--role does not apply to serve.");
    }

    @Test
    void aTokenCommandNamesTheRoleHubsAndTheDataFolderWhoseKeySignsIt() {
        LocalCommand.Token token = (LocalCommand.Token) parse("token", "--role", "hub-staff", "--hubs", "north,south");
        assertThat(token.request().role()).isEqualTo(uk.hubreturns.common.security.Role.HUB_STAFF);
        assertThat(token.request().hubs()).containsExactlyInAnyOrder("north", "south");
        assertThat(token.request().subject()).isEqualTo("local-hub-staff-north-south");
        assertThat(token.storage()).isInstanceOf(Storage.OnDisk.class);
    }

    @Test
    void exportAndImportWorkOnTheLocalDataUnlessGivenATableInAws() {
        Path here = Path.of("").toAbsolutePath();

        assertThat(parse("export", "--to", "backup")).isEqualTo(new LocalCommand.Export(new BackupOptions(TEMPLATE, here.resolve("backup"),
                new BackupOptions.LocalData(Storage.onDisk(ROOT.resolve(".local/dynamodb")))), java.util.Optional.empty()));
        assertThat(parse("export", "--to", "q1", "--quarter", "2026-Q1", "--aws-table", "hub-returns-RecordsTable-X"))
                .isEqualTo(new LocalCommand.Export(new BackupOptions(TEMPLATE, here.resolve("q1"),
                        new BackupOptions.AwsTable("hub-returns-RecordsTable-X")), uk.hubreturns.common.time.Quarter.parse("2026-Q1")));
        assertThat(parse("import", "--from", "backup", "--data", "restored")).isEqualTo(new LocalCommand.Import(new BackupOptions(
                TEMPLATE, here.resolve("backup"), new BackupOptions.LocalData(Storage.onDisk(here.resolve("restored"))))));
    }

    @Test
    void exportAndImportSayWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> parse("export")).hasMessageStartingWith("export needs --to DIR");
        assertThatThrownBy(() -> parse("import")).hasMessageStartingWith("import needs --from DIR");
        assertThatThrownBy(() -> parse("export", "--to", "b", "--quarter", "2026-Q5")).hasMessageStartingWith("--quarter needs a quarter");
        assertThatThrownBy(() -> parse("import", "--from", "b", "--quarter", "2026-Q1")).hasMessage("--quarter does not apply to import.");
        assertThatThrownBy(() -> parse("export", "--to", "b", "--in-memory")).hasMessage("--in-memory does not apply to export.");
        assertThatThrownBy(() -> parse("export", "--to", "b", "--data", "d", "--aws-table", "t"))
                .hasMessageStartingWith("Choose one of --data DIR");
        assertThatThrownBy(() -> parse("serve", "--to", "b")).hasMessage("--to does not apply to serve.");
    }

    @Test
    void theUsageTextDescribesEveryCommandAndOption() {
        assertThat(HubReturnsLocal.USAGE).contains("serve", "invoke FUNCTION", "help", "--port", "--site", "--data",
                "--in-memory", "-e, --event", "hub-returns-local.jar", "export --to DIR", "--quarter", "import --from DIR", "--aws-table");
    }
}
