package uk.hubreturns.local;

import java.nio.file.Path;
import uk.hubreturns.devkit.LocalDynamoDb;

/** Where DynamoDB Local keeps the data. */
public sealed interface Storage {

    LocalDynamoDb start();

    /** The key pair local tokens are signed with: kept beside the data on disk, throwaway in memory. */
    LocalSigningKeys signingKeys();

    /** For the "running at" line, such as {@code data in .local/dynamodb}. */
    String describe();

    static Storage inMemory() {
        return new InMemory();
    }

    static Storage onDisk(Path folder) {
        return new OnDisk(folder.toAbsolutePath().normalize());
    }

    record InMemory() implements Storage {

        @Override
        public LocalDynamoDb start() {
            return LocalDynamoDb.startInMemory();
        }

        @Override
        public LocalSigningKeys signingKeys() {
            return LocalSigningKeys.generate();
        }

        @Override
        public String describe() {
            return "data in memory only: it is gone when this stops";
        }
    }

    record OnDisk(Path folder) implements Storage {

        @Override
        public LocalDynamoDb start() {
            try {
                return LocalDynamoDb.startOnDisk(folder);
            } catch (LocalDynamoDb.DataFolderInUseException e) {
                throw new LocalRuntimeException(e.getMessage().replace(folder.toString(), describeFolder()), e);
            }
        }

        @Override
        public LocalSigningKeys signingKeys() {
            return LocalSigningKeys.loadOrCreate(folder.resolveSibling("keys"));
        }

        @Override
        public String describe() {
            return "data in " + describeFolder();
        }

        private String describeFolder() {
            Path workingDirectory = Path.of("").toAbsolutePath();
            return (folder.startsWith(workingDirectory) ? workingDirectory.relativize(folder) : folder).toString();
        }
    }
}
