package uk.hubreturns.local;

import java.io.PrintStream;
import java.util.List;
import uk.hubreturns.template.InvalidTemplateException;
import uk.hubreturns.template.TemplateFile;

/** The command line of the local runtime; {@code --help} prints {@link #USAGE}. */
public final class HubReturnsLocal {

    static final String USAGE = """
            Usage: java -jar functions/local/target/hub-returns-local.jar [COMMAND] [OPTIONS]

            Runs Hub Returns on this machine: every HttpApi route in template.yaml, the static site and
            DynamoDB Local, in one JVM. Run it from the repository or any folder inside it; template.yaml
            is found by looking upwards, and the default folders below are relative to the repository.

            Commands:
              serve                    The default. Create the template's tables if they are missing, then serve
                                       the API and the site on http://localhost:PORT/ until Ctrl-C.
              invoke FUNCTION [-e FILE]
                                       Call one function once, as `sam local invoke` does, and print its response
                                       as JSON. FUNCTION is a logical id from template.yaml (CreateHubFunction);
                                       FILE defaults to its sample event (events/create-hub.json).
              token --role ROLE [--hubs IDS] [--subject NAME]
                                       Print a bearer token for the API, signed with the key kept beside the data
                                       (.local/keys), valid for 8 hours. ROLE is county-admin, hub-staff or partner;
                                       a hub-staff token names the person's hubs: --hubs north,south.
              export --to DIR [--quarter QUARTER]
                                       Write every record (or one quarter's, such as 2026-Q1) into DIR as
                                       records.jsonl (DynamoDB JSON, one item a line: what import reads),
                                       records.csv (one column per attribute) and export.json (the count).
                                       Stop `serve` first when exporting the local data.
              import --from DIR        Restore an export into a table that has no hubs yet. The whole folder is
                                       checked first and nothing is written if any line is wrong; an import that
                                       stops part-way is finished by running it again.
              help                     Show this text (also -h or --help).

            Options:
              --port N                 serve: the port on localhost (default 3000; 0 picks a free one).
              --site DIR               serve: the folder of static files (default static-site/dist).
              --data DIR               The folder DynamoDB Local keeps its data in (default .local/dynamodb).
              --in-memory              Keep the data in memory only: it is gone when the command ends.
              -e, --event FILE         invoke: the event file to pass to the function.
              --aws-table NAME         export, import: use this DynamoDB table in AWS instead of the local data,
                                       with the region and credentials of the AWS CLI (AWS_REGION, AWS_PROFILE…).

            Examples:
              java -jar functions/local/target/hub-returns-local.jar
              java -jar functions/local/target/hub-returns-local.jar serve --port 8080 --in-memory
              java -jar functions/local/target/hub-returns-local.jar invoke ListHubsFunction -e events/list-hubs.json
              java -jar functions/local/target/hub-returns-local.jar token --role hub-staff --hubs north,south
              java -jar functions/local/target/hub-returns-local.jar export --to backups/2026-11-23
              java -jar functions/local/target/hub-returns-local.jar import --from backups/2026-11-23 --data .local/restored
            """;

    private static final int FAILED = 1;
    private static final int WRONG_USAGE = 2;

    private HubReturnsLocal() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            LocalCommand command = CommandLine.parse(List.of(args), TemplateFile::find);
            if (command instanceof LocalCommand.Help) {
                out.print(USAGE);
            } else if (command instanceof LocalCommand.Serve serve) {
                serve(serve.options(), out);
            } else if (command instanceof LocalCommand.Token token) {
                out.println(new LocalTokens(token.storage().signingKeys()).issue(token.request().subject(), token.request().role(),
                        token.request().hubs(), LocalTokens.DEFAULT_LIFETIME, java.time.Instant.now()));
            } else if (command instanceof LocalCommand.Invoke invoke) {
                InvokeCommand.run(invoke.options(), out);
                System.exit(0);
            } else if (command instanceof LocalCommand.Export export) {
                BackupCommand.export(export, out, err);
                System.exit(0);
            } else if (command instanceof LocalCommand.Import restore) {
                BackupCommand.restore(restore, out, err);
                System.exit(0);
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Run with --help to see the commands and options.");
            System.exit(WRONG_USAGE);
        } catch (LocalRuntimeException | InvalidTemplateException e) {
            err.println(e.getMessage());
            System.exit(FAILED);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(FAILED);
        }
    }

    // The HTTP server's threads keep the JVM alive after main returns; Ctrl-C runs the hook.
    private static void serve(ServeOptions options, PrintStream out) {
        LocalRuntime runtime = LocalRuntime.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            out.println("Hub Returns has stopped.");
        }, "hub-returns-shutdown"));
        out.println("Hub Returns is running at " + runtime.uri() + " (" + options.storage().describe() + "). Press Ctrl-C to stop.");
    }
}
