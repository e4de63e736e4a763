package uk.hubreturns.local;

import java.nio.file.Path;

/** An export's or import's folder, and the table: the local data, or a table in AWS reached with the usual AWS credentials. */
public record BackupOptions(Path templateFile, Path folder, Target target) {

    sealed interface Target {
    }

    record LocalData(Storage storage) implements Target {
    }

    record AwsTable(String tableName) implements Target {
    }
}
