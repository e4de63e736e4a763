package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.SamTemplate;

/**
 * What stays true build after build, checked without timing anything: each function's zip (what SAM uploads)
 * is at most 10 MB and holds its jars' classes stored, creating a handler loads no more classes than recorded,
 * and no production code scans a table or builds a table schema by reflection.
 * An integration test because the zips exist only once the function modules are packaged.
 */
class DeploymentRulesIT {

    /** 10 MB read strictly, as 10,000,000 bytes (not 10 MiB). */
    private static final long TEN_MEGABYTES = 10_000_000L;

    @Test
    void everyFunctionsZipExistsAndIsAtMostTenMegabytes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (FunctionDefinition function : SamTemplate.load(LocalServer.ROOT.resolve("template.yaml")).functions()) {
            Path zip = LocalServer.ROOT.resolve(function.codeUri().orElseThrow());
            if (!Files.isRegularFile(zip)) {
                problems.add(function.logicalId() + ": no " + zip + " (mvn package builds it)");
            } else if (Files.size(zip) > TEN_MEGABYTES) {
                problems.add(function.logicalId() + ": " + zip.getFileName() + " is " + Files.size(zip) + " bytes");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * What was taken out of the zips stays out (README, "Performance"): Jackson databind and its java.time module
     * (the functions use jackson-jr; only the $default route keeps databind, because it reads template.yaml's routes
     * with the template module's YAML reader, and it carries no AWS SDK), and the whole of aws-lambda-java-events or
     * OpenPDF (only the parts used are unpacked at the zip's root, by lambda-zip.xml).
     */
    @Test
    void noZipCarriesJacksonDatabindOrAWholeLibraryOnlyPartlyUsed() throws IOException {
        List<String> forbidden = List.of("lib/jackson-databind-", "lib/jackson-datatype-jsr310-", "lib/aws-lambda-java-events-", "lib/openpdf-");
        List<String> found = new ArrayList<>();
        for (FunctionDefinition function : SamTemplate.load(LocalServer.ROOT.resolve("template.yaml")).functions()) {
            Path zip = LocalServer.ROOT.resolve(function.codeUri().orElseThrow());
            boolean readsTheTemplate = function.logicalId().equals("UnmatchedRouteFunction");
            try (ZipFile entries = new ZipFile(zip.toFile())) {
                entries.stream().map(ZipEntry::getName)
                        .filter(name -> forbidden.stream().anyMatch(name::startsWith))
                        .filter(name -> !(readsTheTemplate && name.startsWith("lib/jackson-databind-")))
                        .forEach(name -> found.add(function.logicalId() + ": " + name));
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * The jars under lib/ hold their classes stored, not deflated, so that a cold start reads them without inflating
     * them (functions/StoreLibJarsUncompressed.java, run at package time; README, "Performance"); the zip as a whole
     * is deflated.
     */
    @Test
    void everyJarInAZipHoldsItsEntriesStoredAndTheZipIsDeflated(@TempDir Path work) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> zips = SamTemplate.load(LocalServer.ROOT.resolve("template.yaml")).functions().stream()
                .map(function -> LocalServer.ROOT.resolve(function.codeUri().orElseThrow())).distinct().toList();
        assertThat(zips).hasSizeGreaterThan(1);
        for (Path zip : zips) {
            String name = zip.getFileName().toString();
            try (ZipFile entries = new ZipFile(zip.toFile())) {
                entries.stream().filter(entry -> !entry.isDirectory() && entry.getMethod() != ZipEntry.DEFLATED)
                        .forEach(entry -> problems.add(name + ": " + entry.getName() + " is not deflated"));
            }
            Path unzipped = unzip(zip, work.resolve(name));
            try (Stream<Path> jars = Files.list(unzipped.resolve("lib"))) {
                for (Path jar : jars.toList()) {
                    try (ZipFile entries = new ZipFile(jar.toFile())) {
                        assertThat(entries.size()).as(jar.getFileName().toString()).isPositive();
                        long deflated = entries.stream().filter(entry -> entry.getMethod() != ZipEntry.STORED).count();
                        if (deflated > 0) {
                            problems.add(name + ": " + jar.getFileName() + " has " + deflated + " entries not stored");
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Classes a function loads in Lambda's init phase, beyond what the JVM loads to run an empty main: creating its
     * handler builds its Dagger component and DynamoDB client, the HTTP client's TLS set-up on a thread of its own, and
     * starts the request path's warm-up read on another (here refused: nothing listens on the endpoint, so the SDK's
     * retries run too); counted once both threads are done. Its first request then loads the function's own table
     * schemas, JSON and validation. Measured on JDK 17 when recorded (2,916 to 2,928, run to run within 2), with a
     * margin of about 3%; a change that needs more should say why here. Before the client was built at init (README,
     * "Performance"), init loaded 380 to 390 classes and the first request the rest.
     */
    private static final Map<String, Integer> CLASSES_AT_INIT_BUDGET = Map.of(
            "CreateHubFunction", 3000,
            "RecordMeetingFunction", 3005,
            "LogVolunteerHoursFunction", 3010,
            "GetCountyReturnFunction", 3010);

    @Test
    void eachFunctionLoadsNoMoreClassesAtInitThanItsBudget(@TempDir Path work) throws Exception {
        SamTemplate template = SamTemplate.load(LocalServer.ROOT.resolve("template.yaml"));
        Path testClasses = Path.of(HandlerInit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        int emptyMain = classesLoaded(work, List.of(testClasses.toString()), Object.class.getName());
        Map<String, Integer> loaded = new TreeMap<>();
        for (String functionId : CLASSES_AT_INIT_BUDGET.keySet()) {
            FunctionDefinition function = template.function(functionId).orElseThrow();
            Path unzipped = unzip(LocalServer.ROOT.resolve(function.codeUri().orElseThrow()), work.resolve(functionId));
            List<String> classpath = new ArrayList<>(List.of(unzipped.toString())); // Lambda's classpath: the zip's root, then lib/*.jar
            try (Stream<Path> jars = Files.list(unzipped.resolve("lib"))) {
                jars.sorted().forEach(jar -> classpath.add(jar.toString()));
            }
            classpath.add(testClasses.toString());
            loaded.put(functionId, classesLoaded(work, classpath, function.handler().className()) - emptyMain);
        }
        System.out.println("Classes loaded at init: " + loaded);
        loaded.forEach((functionId, count) -> assertThat(count).as(functionId).isLessThanOrEqualTo(CLASSES_AT_INIT_BUDGET.get(functionId)));
    }

    private static int classesLoaded(Path work, List<String> classpath, String handlerClass) throws Exception {
        Path log = Files.createTempFile(work, "classes", ".log");
        ProcessBuilder init = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:class+load=info:file=" + log,
                "-cp", String.join(java.io.File.pathSeparator, classpath), HandlerInit.class.getName(), handlerClass))
                .redirectErrorStream(true).redirectOutput(work.resolve("init-output.txt").toFile());
        // What Lambda gives a function; nothing is contacted while a handler is created.
        init.environment().putAll(Map.of("AWS_REGION", "eu-west-2", "TABLE_NAME", "RecordsTable", "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local", "DYNAMODB_ENDPOINT", "http://localhost:9", "FINANCIAL_YEAR_START_MONTH", "4"));
        Process process = init.start();
        assertThat(process.waitFor()).as(handlerClass + ": " + Files.readString(work.resolve("init-output.txt"))).isZero();
        try (Stream<String> lines = Files.lines(log)) {
            return (int) lines.count();
        }
    }

    static Path unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file);
                }
            }
        }
        return into;
    }

    /**
     * Lambda hands a stream handler the event's bytes; a typed RequestHandler would have the runtime load its own
     * reflective serialiser (about 690 more classes at every cold start: README, "Performance").
     */
    @Test
    void everyHttpFunctionIsCalledThroughTheStreamSoTheRuntimeLoadsNoSerialiser() throws Exception {
        List<String> typed = new ArrayList<>();
        for (FunctionDefinition function : SamTemplate.load(LocalServer.ROOT.resolve("template.yaml")).functions()) {
            Class<?> handler = Class.forName(function.handler().className(), false, getClass().getClassLoader());
            if (!function.httpRoutes().isEmpty() && !RequestStreamHandler.class.isAssignableFrom(handler)) {
                typed.add(function.logicalId() + " (" + handler.getName() + ")");
            }
        }
        assertThat(typed).isEmpty();
    }

    @Test
    void noProductionCodeScansATableOrBuildsATableSchemaByReflection() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(LocalServer.ROOT.resolve("functions"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/")).toList()) {
                String code = Files.readString(source);
                for (String forbidden : List.of(".scan(", "ScanRequest", "scanPaginator", "TableSchema.fromBean", "TableSchema.fromImmutableClass",
                        "TableSchema.fromClass")) {
                    if (code.contains(forbidden)) {
                        offenders.add(LocalServer.ROOT.relativize(source) + " uses " + forbidden);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
