package uk.hubreturns.local;

import java.io.PrintStream;
import java.time.Clock;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import uk.hubreturns.backup.ExportFolder;
import uk.hubreturns.backup.ExportManifest;
import uk.hubreturns.backup.RecordsExport;
import uk.hubreturns.backup.RecordsImport;
import uk.hubreturns.backup.RestoreRefusedException;
import uk.hubreturns.common.dynamodb.IncompleteBatchWriteException;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.devkit.TemplateTables;
import uk.hubreturns.template.SamTemplate;
import uk.hubreturns.template.TableDefinition;

/** {@code export} and {@code import}: the records of the local data, or of a table in AWS, to and from a folder. */
final class BackupCommand {

    private static final String RECORDS_TABLE = "RecordsTable";

    private BackupCommand() {
    }

    static void export(LocalCommand.Export command, PrintStream out, PrintStream progress) {
        BackupOptions options = command.options();
        ExportManifest manifest = withTable(options, (dynamoDb, table) -> new RecordsExport(dynamoDb, table, Clock.systemUTC())
                .export(command.quarter(), options.folder(), count -> progress.println("Exported " + count + " items…")));
        out.println("Exported " + manifest.items() + " items (" + (manifest.quarter() == null ? "everything" : manifest.quarter())
                + ") to " + options.folder() + ": " + ExportFolder.RECORDS_JSONL + ", " + ExportFolder.RECORDS_CSV + " and "
                + ExportFolder.MANIFEST + ".");
    }

    static void restore(LocalCommand.Import command, PrintStream out, PrintStream progress) {
        BackupOptions options = command.options();
        long written;
        try {
            written = withTable(options, (dynamoDb, table) -> RecordsImport.withRetries(dynamoDb, table)
                    .importFrom(options.folder(), count -> progress.println("Imported " + count + " items…")));
        } catch (RestoreRefusedException e) {
            throw new LocalRuntimeException(e.getMessage());
        } catch (IncompleteBatchWriteException e) {
            throw new LocalRuntimeException("The import stopped part-way (DynamoDB kept refusing writes: " + e.getMessage()
                    + "). The hubs are written last, so the table still counts as empty: run the same import again to finish it.");
        }
        out.println("Imported " + written + " items from " + options.folder() + ".");
    }

    private static <T> T withTable(BackupOptions options, BiFunction<DynamoDbClient, String, T> work) {
        if (options.target() instanceof BackupOptions.AwsTable aws) {
            try (DynamoDbClient dynamoDb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
                return work.apply(dynamoDb, aws.tableName());
            } catch (SdkClientException e) {
                throw new LocalRuntimeException("Could not reach the table " + aws.tableName() + " in AWS: " + e.getMessage()
                        + " Set AWS_REGION and credentials (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) first.");
            }
        }
        Storage storage = ((BackupOptions.LocalData) options.target()).storage();
        SamTemplate template = SamTemplate.load(options.templateFile());
        String table = template.table(RECORDS_TABLE).map(TableDefinition::tableName).orElseThrow(() ->
                new LocalRuntimeException("template.yaml has no table " + RECORDS_TABLE + "."));
        try (LocalDynamoDb dynamoDb = storage.start()) {
            new TemplateTables(dynamoDb.client(), template).createMissing();
            return work.apply(dynamoDb.client(), table);
        }
    }
}
