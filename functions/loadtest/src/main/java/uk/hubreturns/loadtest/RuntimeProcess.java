package uk.hubreturns.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local runtime as its own process, started the way the README starts it, with its output kept in a log file. */
final class RuntimeProcess implements AutoCloseable {

    private static final Pattern RUNNING_AT = Pattern.compile("running at (http://localhost:[0-9]+)/");

    private final Process process;
    private final URI uri;

    private RuntimeProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    static RuntimeProcess start(Path repository, Path dataDir, Path siteDir, Path log) throws IOException {
        Path jar = repository.resolve("functions/local/target/hub-returns-local.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -Pload -pl functions/loadtest -am verify …).");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "serve", "--port", "0",
                "--data", dataDir.toString(), "--site", siteDir.toString()))
                .directory(repository.toFile()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter logFile = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        String line;
        while ((line = output.readLine()) != null) {
            logFile.println(line);
            Matcher running = RUNNING_AT.matcher(line);
            if (running.find()) {
                Thread copier = new Thread(() -> copy(output, logFile), "runtime-log");
                copier.setDaemon(true);
                copier.start();
                return new RuntimeProcess(process, URI.create(running.group(1)));
            }
        }
        throw new IllegalStateException("The local runtime stopped before it was running; see " + log);
    }

    private static void copy(BufferedReader output, PrintWriter logFile) {
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                logFile.println(line);
            }
        } catch (IOException e) {
            // The process ended and closed its output: nothing more to copy.
        } finally {
            logFile.close();
        }
    }

    URI uri() {
        return uri;
    }

    /** Stops it as Ctrl-C does (its shutdown hook closes DynamoDB Local), so the data folder can be opened after. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
