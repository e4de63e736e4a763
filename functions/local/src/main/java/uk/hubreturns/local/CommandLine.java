package uk.hubreturns.local;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import uk.hubreturns.common.time.Quarter;

/**
 * Parses {@code [serve|invoke FUNCTION|token|export|import|help] [options]}. Paths given as options are relative to the working
 * directory; the defaults are relative to the repository root, the folder that holds template.yaml.
 */
final class CommandLine {

    static final int DEFAULT_PORT = 3000;
    static final String DEFAULT_DATA_DIR = ".local/dynamodb";
    static final String DEFAULT_SITE_DIR = "static-site/dist";

    private static final Set<String> ALL_OPTIONS = Set.of("--port", "--site", "--data", "--in-memory", "--event", "--role", "--hubs",
            "--subject", "--to", "--from", "--quarter", "--aws-table");
    private static final Set<String> SERVE = Set.of("--port", "--site", "--data", "--in-memory");
    private static final Set<String> INVOKE = Set.of("--event", "--data", "--in-memory");
    private static final Set<String> TOKEN = Set.of("--role", "--hubs", "--subject", "--data", "--in-memory");
    private static final Set<String> EXPORT = Set.of("--to", "--quarter", "--data", "--aws-table");
    private static final Set<String> IMPORT = Set.of("--from", "--data", "--aws-table");

    private final Deque<String> arguments;
    private Integer port;
    private Path siteDir;
    private Path dataDir;
    private boolean inMemory;
    private Path eventFile;
    private String functionId;
    private String role;
    private String hubs;
    private String subject;
    private Path exportTo;
    private Path importFrom;
    private String quarter;
    private String awsTable;

    private CommandLine(List<String> arguments) {
        this.arguments = new ArrayDeque<>(arguments);
    }

    /** {@code templateFile} is only looked for when the command needs it, so {@code --help} works anywhere. */
    static LocalCommand parse(List<String> arguments, Supplier<Path> templateFile) {
        if (arguments.contains("--help") || arguments.contains("-h")) {
            return new LocalCommand.Help();
        }
        return new CommandLine(arguments).parse(templateFile);
    }

    private LocalCommand parse(Supplier<Path> templateFile) {
        String command = arguments.isEmpty() || arguments.peekFirst().startsWith("-") ? "serve" : arguments.removeFirst();
        return switch (command) {
            case "help" -> new LocalCommand.Help();
            case "serve" -> {
                readOptions(command, SERVE);
                yield new LocalCommand.Serve(serveOptions(templateFile.get()));
            }
            case "invoke" -> {
                if (arguments.isEmpty() || arguments.peekFirst().startsWith("-")) {
                    throw new UsageException("invoke needs the function's logical id from template.yaml,"
                            + " such as: invoke CreateHubFunction -e events/create-hub.json");
                }
                functionId = arguments.removeFirst();
                readOptions(command, INVOKE);
                yield new LocalCommand.Invoke(invokeOptions(templateFile.get()));
            }
            case "token" -> {
                readOptions(command, TOKEN);
                if (role == null) {
                    throw new UsageException("token needs --role county-admin, hub-staff or partner.");
                }
                if (inMemory) {
                    throw new UsageException("An --in-memory runtime makes new keys each time: get its tokens from POST /_local/token.");
                }
                TokenRequest request = TokenRequest.of(role, hubs == null ? List.of() : List.of(hubs.split(",")), subject);
                yield new LocalCommand.Token(request, storage(templateFile.get().toAbsolutePath().getParent()));
            }
            case "export" -> {
                readOptions(command, EXPORT);
                if (exportTo == null) {
                    throw new UsageException("export needs --to DIR, the folder to write records.jsonl, records.csv and export.json into.");
                }
                Optional<Quarter> only = Optional.empty();
                if (quarter != null) {
                    only = Optional.of(Quarter.parse(quarter).orElseThrow(() -> new UsageException(
                            "--quarter needs a quarter written YYYY-Qn, such as 2026-Q1 (April to June 2026), not '" + quarter + "'.")));
                }
                yield new LocalCommand.Export(backupOptions(templateFile.get(), exportTo), only);
            }
            case "import" -> {
                readOptions(command, IMPORT);
                if (importFrom == null) {
                    throw new UsageException("import needs --from DIR, a folder written by export.");
                }
                yield new LocalCommand.Import(backupOptions(templateFile.get(), importFrom));
            }
            default -> throw new UsageException("Unknown command '" + command
                    + "': the commands are serve, invoke, token, export, import and help.");
        };
    }

    private void readOptions(String command, Set<String> forThisCommand) {
        while (!arguments.isEmpty()) {
            String argument = arguments.removeFirst();
            String option = argument.equals("-e") ? "--event" : argument;
            if (ALL_OPTIONS.contains(option) && !forThisCommand.contains(option)) {
                throw new UsageException(argument + " does not apply to " + command + ".");
            }
            switch (option) {
                case "--port" -> port = portNumber(value(argument));
                case "--site" -> siteDir = Path.of(value(argument));
                case "--data" -> dataDir = Path.of(value(argument));
                case "--in-memory" -> inMemory = true;
                case "--event" -> eventFile = Path.of(value(argument));
                case "--role" -> role = value(argument);
                case "--hubs" -> hubs = value(argument);
                case "--subject" -> subject = value(argument);
                case "--to" -> exportTo = Path.of(value(argument));
                case "--from" -> importFrom = Path.of(value(argument));
                case "--quarter" -> quarter = value(argument);
                case "--aws-table" -> awsTable = value(argument);
                default -> throw new UsageException(argument.startsWith("-")
                        ? "Unknown option " + argument + "."
                        : "Unexpected argument '" + argument + "'.");
            }
        }
        if (inMemory && dataDir != null) {
            throw new UsageException("Choose one of --data DIR and --in-memory.");
        }
        if (awsTable != null && dataDir != null) {
            throw new UsageException("Choose one of --data DIR (the local data) and --aws-table NAME (a table in AWS).");
        }
    }

    private String value(String option) {
        if (arguments.isEmpty() || arguments.peekFirst().startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return arguments.removeFirst();
    }

    private static int portNumber(String text) {
        try {
            int number = Integer.parseInt(text);
            if (number >= 0 && number <= 65_535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // same answer as a number out of range
        }
        throw new UsageException("--port needs a port number from 1 to 65535 (or 0 for any free port), not '" + text + "'.");
    }

    private ServeOptions serveOptions(Path templateFile) {
        Path root = templateFile.toAbsolutePath().getParent();
        return new ServeOptions(templateFile, port == null ? DEFAULT_PORT : port, storage(root),
                siteDir == null ? root.resolve(DEFAULT_SITE_DIR) : siteDir.toAbsolutePath());
    }

    private InvokeOptions invokeOptions(Path templateFile) {
        Path root = templateFile.toAbsolutePath().getParent();
        return new InvokeOptions(templateFile, functionId,
                eventFile == null ? SampleEventFile.of(root, functionId) : eventFile.toAbsolutePath(), storage(root));
    }

    private BackupOptions backupOptions(Path templateFile, Path folder) {
        BackupOptions.Target target = awsTable != null
                ? new BackupOptions.AwsTable(awsTable)
                : new BackupOptions.LocalData(storage(templateFile.toAbsolutePath().getParent()));
        return new BackupOptions(templateFile, folder.toAbsolutePath(), target);
    }

    private Storage storage(Path root) {
        if (inMemory) {
            return Storage.inMemory();
        }
        return Storage.onDisk(dataDir == null ? root.resolve(DEFAULT_DATA_DIR) : dataDir);
    }
}
