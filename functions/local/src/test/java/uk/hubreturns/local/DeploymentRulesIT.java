package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.SamTemplate;

/**
 * What stays true build after build, checked without timing anything: each function's zip (what SAM uploads)
 * is at most 10 MB, and no production code scans a table or builds a table schema by reflection.
 * An integration test because the zips exist only once the function modules are packaged.
 */
class DeploymentRulesIT {

    private static final long TEN_MEGABYTES = 10L * 1024 * 1024;
    /**
     * The returns functions carry OpenPDF (3.6 MB, with CJK character maps and a fallback font the summaries never
     * use) and are over the 10 MB target: this records where they are so they do not grow while that is open.
     */
    private static final long RETURNS_BUDGET = 14L * 1024 * 1024;

    @Test
    void everyFunctionsZipExistsAndStaysWithinItsSizeBudget() throws IOException {
        List<String> problems = new ArrayList<>();
        for (FunctionDefinition function : SamTemplate.load(LocalServer.ROOT.resolve("template.yaml")).functions()) {
            Path zip = LocalServer.ROOT.resolve(function.codeUri().orElseThrow());
            if (!Files.isRegularFile(zip)) {
                problems.add(function.logicalId() + ": no " + zip + " (mvn package builds it)");
            } else if (Files.size(zip) > (zip.getFileName().toString().equals("returns-lambda.zip") ? RETURNS_BUDGET : TEN_MEGABYTES)) {
                problems.add(function.logicalId() + ": " + zip.getFileName() + " is " + Files.size(zip) + " bytes");
            }
        }
        assertThat(problems).isEmpty();
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
