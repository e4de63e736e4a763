package uk.hubreturns.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.devkit.LocalDynamoDbClient;
import uk.hubreturns.devkit.TemplateTables;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.SamTemplate;

/**
 * Cold start per function, measured the way the Lambda java21 runtime starts one: a fresh JVM with the runtime's
 * flags running the real runtime interface client ({@code AWSLambda}, handler from {@code _HANDLER}) against a
 * stand-in Runtime API on loopback that serves one sample event from {@code events/}. Time = process start to
 * response received; DynamoDB Local runs outside the timed process. Each function is reported as the median of
 * the runs and as a ratio to a bare handler started the same way in the same run. Also: zip size and classes
 * loaded at start. Writes the table to target/benchmarks/cold-start.md.
 */
public final class ColdStartBenchmark {

    /** The flags the Lambda java21 runtime starts the JVM with (tiered compilation stopped at C1, CDS, serial GC). */
    static final List<String> LAMBDA_JVM_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-XX:+UseSerialGC", "-Xmx800m");
    /**
     * -Dbenchmark.appCds=true: also starts each function with an AppCDS archive its own training run dumped (a lever
     * measured, not shipped: see the README), which adds a training start and ten timed starts per function.
     */
    static final boolean APP_CDS = Boolean.getBoolean("benchmark.appCds");

    /** -Dbenchmark.jvmFlags: added to every timed start, e.g. a profiler agent. */
    static final List<String> EXTRA_JVM_FLAGS = List.of(System.getProperty("benchmark.jvmFlags", "").trim().split("\\s+")).stream()
            .filter(flag -> !flag.isEmpty()).toList();

    /**
     * -Dbenchmark.baselineZips: a folder of earlier builds' zips, named as the build names them; each function is then
     * also started from its earlier zip, in the same rounds, so that a change is measured against what it replaces.
     */
    static final String BASELINE_ZIPS = System.getProperty("benchmark.baselineZips", "").trim();

    /** Functions whose first request after init is timed with and without SnapStart priming. */
    static final List<String> PRIMED = List.of("GetHubFunction", "RecordMeetingFunction", "ListMeetingsFunction", "GetCountyReturnFunction",
            "HubSummaryPdfFunction");

    /**
     * The PDF downloads, measured twice: serving the summary the rollup kept (named as the function) and rendering it
     * because none is kept (after a sign-off or reopening), as ", summary rendered".
     */
    static final List<String> SUMMARY_PDFS = List.of("CountySummaryPdfFunction", "HubSummaryPdfFunction");

    /** What the started JVMs print, for when one does not answer. */
    private static Path processLog;

    /**
     * One way of starting a function: its classpath, handler, sample event, any extra JVM flags, and what is put in the
     * table before each start (outside the timed span).
     */
    record Subject(String name, List<String> classpath, String handler, String event, long zipBytes, List<String> flags,
                   Runnable beforeStart) {

        Subject(String name, List<String> classpath, String handler, String event, long zipBytes, List<String> flags) {
            this(name, classpath, handler, event, zipBytes, flags, () -> { });
        }
    }

    /** {@code roundRatios}: each round's start over the bare handler's in the same round. */
    record Result(String name, double medianMs, List<Double> roundRatios, long zipBytes, int classesLoaded, String firstStatus,
                  double withArchiveMs, long archiveBytes, long archiveDeflatedBytes) {
    }

    /** The issue's target for every API function, as a ratio to the bare handler. */
    static final double TARGET_RATIO = 2.0;

    record FirstRequest(String name, double unprimedMs, double primedMs) {
    }

    /** Arguments: the repository root, this module's target folder, and the number of timed runs per function. */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // DynamoDB Local's threads would otherwise keep a failed run alive
        }
        System.exit(0); // and a finished one
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path target = Path.of(args[1]).toAbsolutePath();
        int runs = Integer.parseInt(args[2]);
        String chosen = System.getProperty("benchmark.functions", "");
        SamTemplate template = SamTemplate.load(root.resolve("template.yaml"));
        // Every function in template.yaml, in its order (CreateHub before the functions that need the hub), unless some are chosen.
        List<String> functions = chosen.isBlank() ? template.functions().stream().map(FunctionDefinition::logicalId).toList()
                : List.of(chosen.split(","));
        Path work = Files.createDirectories(target.resolve("benchmarks/work"));
        processLog = work.resolve("processes.log");
        Files.deleteIfExists(processLog);
        List<String> ric = jars(target.resolve("ric"));
        List<FirstRequest> firstRequests = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        try (LocalDynamoDb dynamoDb = LocalDynamoDb.startInMemory(); RuntimeApiStandIn runtimeApi = new RuntimeApiStandIn()) {
            new TemplateTables(dynamoDb.client(), template).createMissing();
            Map<String, String> environment = environment(dynamoDb, runtimeApi);
            KeptSummaries summaries = new KeptSummaries(environment, dynamoDb.client());
            List<String> bareClasspath = new ArrayList<>(ric);
            bareClasspath.add(target.resolve("classes").toString());
            Subject bare = new Subject("bare handler (baseline)", bareClasspath, BareHandler.class.getName() + "::handleRequest", "{}", 0,
                    List.of());
            // The probe runs on the SDK jars a function ships (GetHub's: the SDK, the Enhanced Client, url-connection).
            List<String> probeClasspath = new ArrayList<>(bareClasspath);
            probeClasspath.addAll(jars(unzip(root.resolve(template.function("GetHubFunction").orElseThrow().codeUri().orElseThrow()),
                    work.resolve("raw-sdk-probe")).resolve("lib")));
            Subject probe = new Subject("raw SDK probe (reference)", probeClasspath, RawSdkProbeHandler.class.getName() + "::handleRequest",
                    "{}", 0, List.of());
            List<Subject> plain = new ArrayList<>();
            List<Subject> archived = new ArrayList<>();
            List<Subject> earlier = new ArrayList<>();
            for (String functionId : functions) {
                FunctionDefinition function = template.function(functionId).orElseThrow();
                Path zip = root.resolve(function.codeUri().orElseThrow());
                List<String> classpath = functionClasspath(ric, zip, work, functionId);
                String event = Files.readString(root.resolve("events/" + eventName(functionId) + ".json"));
                String handler = function.handler().className() + "::" + function.handler().methodName();
                Map<String, Runnable> variants = new java.util.LinkedHashMap<>();
                if (SUMMARY_PDFS.contains(functionId)) {
                    variants.put(functionId, summaries.kept(event));
                    variants.put(functionId + ", summary rendered", summaries.noneKept(event));
                } else {
                    variants.put(functionId, () -> { });
                }
                for (Map.Entry<String, Runnable> variant : variants.entrySet()) {
                    plain.add(new Subject(variant.getKey(), classpath, handler, event, Files.size(zip), List.of(), variant.getValue()));
                    if (APP_CDS) {
                        archived.add(new Subject(variant.getKey() + " with AppCDS", classpath, handler, event, Files.size(zip),
                                List.of("-XX:SharedArchiveFile=" + archiveFor(work, variant.getKey())), variant.getValue()));
                    }
                }
                if (!BASELINE_ZIPS.isEmpty()) {
                    Path earlierZip = Path.of(BASELINE_ZIPS).resolve(zip.getFileName());
                    earlier.add(new Subject(functionId + " (baseline zip)", functionClasspath(ric, earlierZip, work, functionId + "-baseline"),
                            handler, event, Files.size(earlierZip), List.of()));
                }
            }
            // Untimed first runs, in order (so that the hub exists before its meetings are recorded): they count the
            // classes loaded, warm the file system cache and, for each function, dump the classes it loaded to an archive.
            Map<Subject, Integer> classes = new HashMap<>();
            Map<Subject, String> firstStatus = new HashMap<>();
            List<Subject> all = new ArrayList<>(concat(concat(concat(List.of(bare, probe), plain), earlier), archived));
            long probed = PRIMED.stream().filter(functions::contains).count();
            Progress progress = new Progress("Cold starts", (2 + plain.size() + earlier.size()) + (APP_CDS ? plain.size() : 0)
                    + runs * all.size() + (int) probed * runs * 2, "JVM starts");
            for (Subject subject : concat(concat(List.of(bare, probe), plain), earlier)) {
                Path log = work.resolve("classes-loaded.log");
                RuntimeApiStandIn.Outcome outcome = start(subject, List.of("-Xlog:class+load=info:file=" + log), environment, runtimeApi);
                try (Stream<String> lines = Files.lines(log)) {
                    classes.put(subject, (int) lines.count());
                }
                Files.delete(log);
                firstStatus.put(subject, outcome.error() ? "error: " + abbreviate(outcome.body()) : status(outcome.body()));
                progress.stepDone();
            }
            if (APP_CDS) {
                for (Subject subject : plain) {
                    start(subject, List.of("-XX:ArchiveClassesAtExit=" + archiveFor(work, subject.name())), environment, runtimeApi);
                    progress.stepDone();
                }
            }
            // Timed runs, round by round, so that a busier moment of the machine falls on every subject alike, the order
            // rotated by one each round, so that no subject always starts first, or always after the same one.
            Map<Subject, List<Double>> times = new HashMap<>();
            for (int round = 0; round < runs; round++) {
                for (Subject subject : all) {
                    RuntimeApiStandIn.Outcome outcome = start(subject, EXTRA_JVM_FLAGS, environment, runtimeApi);
                    times.computeIfAbsent(subject, key -> new ArrayList<>()).add(outcome.millisFromStart());
                    progress.stepDone();
                }
                Collections.rotate(all, 1);
            }
            for (Subject reference : List.of(bare, probe)) {
                results.add(new Result(reference.name(), median(times.get(reference)), roundRatios(times, reference, bare), 0,
                        classes.get(reference), firstStatus.get(reference), 0, 0, 0));
            }
            for (int i = 0; i < plain.size(); i++) {
                Subject subject = plain.get(i);
                Path archive = archiveFor(work, subject.name());
                results.add(new Result(subject.name(), median(times.get(subject)), roundRatios(times, subject, bare), subject.zipBytes(),
                        classes.get(subject), firstStatus.get(subject), APP_CDS ? median(times.get(archived.get(i))) : 0,
                        APP_CDS ? Files.size(archive) : 0, APP_CDS ? deflatedSize(archive) : 0));
            }
            for (Subject subject : earlier) {
                results.add(new Result(subject.name(), median(times.get(subject)), roundRatios(times, subject, bare), subject.zipBytes(),
                        classes.get(subject), firstStatus.get(subject), 0, 0, 0));
            }
            for (String functionId : PRIMED) {
                if (!functions.contains(functionId)) {
                    continue;
                }
                FunctionDefinition function = template.function(functionId).orElseThrow();
                Path unzipped = work.resolve(functionId);
                List<String> classpath = new ArrayList<>(List.of(work.resolve(functionId + "-root.jar").toString()));
                classpath.addAll(jars(unzipped.resolve("lib")));
                classpath.add(target.resolve("classes").toString());
                Path event = root.resolve("events/" + eventName(functionId) + ".json");
                // A PDF download's first request renders (none kept), which is what its priming step prepares for.
                Runnable beforeEach = SUMMARY_PDFS.contains(functionId) ? summaries.noneKept(Files.readString(event)) : () -> { };
                firstRequests.add(firstRequest(functionId, classpath, function.handler().className(), event, environment, runs, beforeEach,
                        progress));
            }
        }
        String table = table(results, runs) + "\n" + firstRequestTable(firstRequests, runs);
        System.out.println(table);
        Files.writeString(target.resolve("benchmarks/cold-start.md"), table);
    }

    private static Map<String, String> environment(LocalDynamoDb dynamoDb, RuntimeApiStandIn runtimeApi) {
        Map<String, String> environment = new HashMap<>();
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi.address());
        environment.put("AWS_REGION", LocalDynamoDbClient.REGION.id());
        environment.put("AWS_ACCESS_KEY_ID", LocalDynamoDbClient.ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", LocalDynamoDbClient.SECRET_ACCESS_KEY);
        environment.put("DYNAMODB_ENDPOINT", dynamoDb.endpoint().toString());
        environment.put("TABLE_NAME", "RecordsTable");
        environment.put("FINANCIAL_YEAR_START_MONTH", "4");
        environment.put("AWS_LAMBDA_FUNCTION_NAME", "benchmark");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        return environment;
    }

    /** Starts a fresh JVM for the subject, serves it its event and stops it once it has answered. */
    private static RuntimeApiStandIn.Outcome start(Subject subject, List<String> moreFlags, Map<String, String> environment,
                                                   RuntimeApiStandIn runtimeApi) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM_FLAGS);
        command.addAll(subject.flags());
        command.addAll(moreFlags);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, subject.classpath()),
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", subject.handler()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(processLog.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("_HANDLER", subject.handler());
        subject.beforeStart().run();
        var answered = runtimeApi.serve(subject.event());
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            return answered.get(30, TimeUnit.SECONDS).since(started);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(subject.name() + " did not answer in 30 s; see " + processLog, e);
        } finally {
            // Stopped as Lambda stops an environment (SIGTERM), so that a JVM asked to dump an archive at exit does.
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The runtime interface client, the zip's root classes (as a jar) and its lib/*.jar, as Lambda puts them on the classpath. */
    private static List<String> functionClasspath(List<String> ric, Path zip, Path work, String name) throws IOException {
        Path unzipped = unzip(zip, work.resolve(name));
        List<String> classpath = new ArrayList<>(ric);
        classpath.add(rootClassesAsJar(unzipped, work.resolve(name + "-root.jar")).toString());
        classpath.addAll(jars(unzipped.resolve("lib")));
        return classpath;
    }

    /**
     * Lambda puts the zip's root on the classpath next to lib/*.jar. The JVM will not archive classes (AppCDS) with a
     * non-empty folder on the classpath, so the root's classes are put in a jar of their own, for both arms alike.
     */
    private static Path rootClassesAsJar(Path unzipped, Path jar) throws IOException {
        try (Stream<Path> files = Files.walk(unzipped);
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.startsWith(unzipped.resolve("lib"))).sorted().toList()) {
                out.putNextEntry(new ZipEntry(unzipped.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The AppCDS archive a function's training run dumps and its archived runs use. */
    private static Path archiveFor(Path work, String functionId) {
        return work.resolve(functionId + ".jsa");
    }

    private static List<Double> roundRatios(Map<Subject, List<Double>> times, Subject subject, Subject bare) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < times.get(bare).size(); round++) {
            ratios.add(times.get(subject).get(round) / times.get(bare).get(round));
        }
        return ratios;
    }

    /** The middle half of the rounds' ratios (from the lower to the upper quartile), and how many rounds were within the target. */
    private static String roundByRound(List<Double> ratios) {
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        long within = ratios.stream().filter(ratio -> ratio <= TARGET_RATIO).count();
        return String.format(Locale.UK, "%.2f–%.2f× | %d of %d", sorted[(sorted.length - 1) / 4], sorted[sorted.length - 1 - (sorted.length - 1) / 4],
                within, sorted.length);
    }

    private static double median(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static long deflatedSize(Path file) throws IOException {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (var in = new java.util.zip.DeflaterInputStream(Files.newInputStream(file), deflater)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
        } finally {
            deflater.end();
        }
        return total;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    // Alternated, unprimed then primed, so that both see the same machine.
    private static FirstRequest firstRequest(String name, List<String> classpath, String handlerClass, Path event,
                                             Map<String, String> environment, int runs, Runnable beforeEach, Progress progress)
            throws Exception {
        double[] unprimed = new double[runs];
        double[] primed = new double[runs];
        for (int run = 0; run < runs; run++) {
            beforeEach.run();
            unprimed[run] = probe(classpath, handlerClass, event, environment, false);
            progress.stepDone();
            beforeEach.run();
            primed[run] = probe(classpath, handlerClass, event, environment, true);
            progress.stepDone();
        }
        java.util.Arrays.sort(unprimed);
        java.util.Arrays.sort(primed);
        return new FirstRequest(name, unprimed[runs / 2], primed[runs / 2]);
    }

    private static double probe(List<String> classpath, String handlerClass, Path event, Map<String, String> environment, boolean prime)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAMBDA_JVM_FLAGS);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), FirstRequestProbe.class.getName(), handlerClass,
                event.toString(), Boolean.toString(prime)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        // As Lambda initialises a function for a snapshot, in both arms: only the priming itself differs.
        builder.environment().put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || !output.contains("firstRequestMs=")) {
            throw new IllegalStateException(handlerClass + " (primed: " + prime + ") did not answer: " + output);
        }
        return Double.parseDouble(output.replaceAll("(?s).*firstRequestMs=([0-9.]+).*", "$1"));
    }

    private static String firstRequestTable(List<FirstRequest> results, int runs) {
        StringBuilder table = new StringBuilder("First request after init (what a function restored from a SnapStart snapshot pays, "
                + "the restore itself aside), median of " + runs + " fresh JVMs each\n\n");
        table.append("| Function | First request, not primed (ms) | First request, primed before the snapshot (ms) | Saved |\n");
        table.append("|---|---:|---:|---:|\n");
        for (FirstRequest result : results) {
            table.append(String.format(Locale.UK, "| %s | %.0f | %.0f | %.0f%% |%n", result.name(), result.unprimedMs(), result.primedMs(),
                    100 * (1 - result.primedMs() / result.unprimedMs())));
        }
        return table.toString();
    }

    private static String status(String body) {
        int at = body.indexOf("\"statusCode\":");
        return at < 0 ? "ok" : "HTTP " + body.substring(at + 13, Math.min(body.length(), at + 16));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) : text;
    }

    private static String table(List<Result> results, int runs) {
        double bare = results.get(0).medianMs();
        double probe = results.get(1).medianMs();
        StringBuilder table = new StringBuilder();
        table.append("Cold start, measured ").append(LocalDateTime.now().withNano(0)).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version"))
                .append(", median of ").append(runs).append(" runs each, taken in rounds (bare handler, raw SDK probe, each function"
                        + (BASELINE_ZIPS.isEmpty() ? "" : ", each function from its baseline zip") + (APP_CDS ? ", each function with its AppCDS archive" : "") + "),"
                        + " the order rotated by one each round. A PDF download is started as after a rollup, the summary of its quarter"
                        + " kept, and as \"summary rendered\", none kept (as after a sign-off or a reopening).\n\n");
        table.append("| Function | Median cold start (ms) | Ratio to bare | Ratio to bare round by round (middle half) | Rounds at or under "
                + TARGET_RATIO + "× | Ratio to the raw SDK probe | Zip (MB) | Classes loaded | First answer"
                + (APP_CDS ? " | With an AppCDS archive (ms) | Ratio to bare | Archive (MB, deflated MB) |\n" : " |\n"));
        table.append(APP_CDS ? "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n" : "|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result result : results) {
            boolean reference = result.zipBytes() == 0; // the bare handler and the raw SDK probe
            boolean archived = result.archiveBytes() > 0;
            table.append(String.format(Locale.UK, "| %s | %.0f | %.2f× | %s | %.2f× | %s | %d | %s |", result.name(),
                    result.medianMs(), result.medianMs() / bare, result.name().equals(results.get(0).name()) ? "– | –" : roundByRound(result.roundRatios()),
                    result.medianMs() / probe, reference ? "–" : megabytes(result.zipBytes()), result.classesLoaded(), result.firstStatus()));
            if (APP_CDS) {
                table.append(String.format(Locale.UK, " %s | %s | %s |", archived ? String.format(Locale.UK, "%.0f", result.withArchiveMs()) : "–",
                        archived ? String.format(Locale.UK, "%.2f×", result.withArchiveMs() / bare) : "–",
                        archived ? megabytes(result.archiveBytes()) + " (" + megabytes(result.archiveDeflatedBytes()) + ")" : "–"));
            }
            table.append('\n');
        }
        return table.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f", bytes / 1048576.0);
    }

    static String eventName(String functionId) {
        String name = functionId.replaceAll("Function$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().map(Path::toString).toList();
        }
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        if (Files.isDirectory(into)) {
            try (Stream<Path> old = Files.walk(into)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("A zip entry points outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.write(out, in.readAllBytes());
                }
            }
        }
        return into;
    }

    private ColdStartBenchmark() {
    }
}
