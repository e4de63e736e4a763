package uk.hubreturns.devkit;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local running in this JVM on a free port. One database is shared by every access key and
 * region ({@code -sharedDb}); it lives in memory or in a folder on disk, and sends no telemetry.
 */
public final class LocalDynamoDb implements AutoCloseable {

    private static final Object STDOUT_LOCK = new Object();
    private static final int PORT_ATTEMPTS = 3;

    /** The file a process holds locked while its DynamoDB Local has a data folder open. */
    public static final String IN_USE_LOCK = "in-use.lock";

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final DynamoDbClient client;
    private FileLock dataInUse;

    private LocalDynamoDb(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.endpoint = URI.create("http://localhost:" + port);
        this.client = LocalDynamoDbClient.connect(endpoint);
    }

    public static LocalDynamoDb startInMemory() {
        return start(List.of("-inMemory"));
    }

    /**
     * Keeps the data in {@code dataDir} (created if missing), so it survives a restart. Only one DynamoDB Local at a time
     * may have the folder open, in this process or another: two would write the same database files.
     */
    public static LocalDynamoDb startOnDisk(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the DynamoDB Local data folder " + dataDir.toAbsolutePath(), e);
        }
        FileLock lock = lock(dataDir);
        try {
            LocalDynamoDb dynamoDb = start(List.of("-dbPath", dataDir.toAbsolutePath().toString()));
            dynamoDb.dataInUse = lock;
            return dynamoDb;
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** Thrown when another DynamoDB Local, here or in another process, has the data folder open. */
    public static final class DataFolderInUseException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        DataFolderInUseException(Path dataDir) {
            super("The data in " + dataDir + " is open in another Hub Returns process (a `serve` still running?). Stop it first "
                    + "(Ctrl-C where it runs): two processes must not write the same database, and an export must not copy records "
                    + "while they change.");
        }
    }

    private static FileLock lock(Path dataDir) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve(IN_USE_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this process already
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the DynamoDB Local data folder " + dataDir.toAbsolutePath(), e);
        }
        closeQuietly(channel);
        throw new DataFolderInUseException(dataDir);
    }

    private static void release(FileLock lock) {
        try {
            lock.release();
        } catch (IOException e) {
            // the lock goes with the channel anyway
        }
        closeQuietly(lock.channel());
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing more to release
        }
    }

    private static LocalDynamoDb start(List<String> storage) {
        SqliteNativeLibrary.install();
        Exception lastFailure = null;
        // The free port is found before DynamoDB Local binds it, so another process may take it in between.
        for (int attempt = 1; attempt <= PORT_ATTEMPTS; attempt++) {
            int port = freePort();
            List<String> arguments = new ArrayList<>(List.of("-port", String.valueOf(port), "-sharedDb", "-disableTelemetry"));
            arguments.addAll(storage);
            try {
                return new LocalDynamoDb(startWithoutBanner(arguments.toArray(String[]::new)), port);
            } catch (IOException e) {
                lastFailure = e;
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start with " + arguments + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("DynamoDB Local could not bind a free port in " + PORT_ATTEMPTS + " attempts", lastFailure);
    }

    // DynamoDB Local prints its configuration on System.out as it starts. That banner would land in the middle
    // of `invoke`'s JSON on stdout, so it is dropped; callers print the endpoint themselves.
    private static DynamoDBProxyServer startWithoutBanner(String[] arguments) throws Exception {
        synchronized (STDOUT_LOCK) {
            PrintStream stdout = System.out;
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            try {
                DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(arguments);
                server.start();
                return server;
            } finally {
                System.setOut(stdout);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port for DynamoDB Local", e);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client with dummy credentials in eu-west-2; closed with this. */
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop cleanly", e);
        } finally {
            if (dataInUse != null) {
                release(dataInUse);
            }
        }
    }
}
