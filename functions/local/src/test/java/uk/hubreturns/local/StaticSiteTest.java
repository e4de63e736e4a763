package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {

    @TempDir
    Path folder;

    private Path siteRoot;
    private StaticSite site;

    @BeforeEach
    void aSiteNextToASecret() throws Exception {
        siteRoot = Files.createDirectories(folder.resolve("public"));
        Files.writeString(siteRoot.resolve("index.html"), "<!DOCTYPE html><title>Home</title>");
        Files.createDirectories(siteRoot.resolve("forms"));
        Files.writeString(siteRoot.resolve("forms/index.html"), "forms");
        Files.writeString(siteRoot.resolve("forms/app.mjs"), "export {};");
        Files.writeString(siteRoot.resolve("a b.css"), "body {}");
        Files.writeString(folder.resolve("secret.txt"), "not for the web");
        site = new StaticSite(siteRoot);
    }

    @Test
    void servesTheIndexForTheRootAndForFolders() {
        assertThat(text("/")).isEqualTo("<!DOCTYPE html><title>Home</title>");
        assertThat(site.file("/").orElseThrow().headers()).containsEntry("Content-Type", List.of("text/html; charset=utf-8"));
        assertThat(text("/forms/")).isEqualTo("forms");
        assertThat(text("/forms")).isEqualTo("forms");
    }

    @Test
    void servesFilesWithTheirContentType() {
        HttpReply module = site.file("/forms/app.mjs").orElseThrow();

        assertThat(module.status()).isEqualTo(200);
        assertThat(module.headers()).containsEntry("Content-Type", List.of("text/javascript; charset=utf-8"));
        assertThat(text("/a%20b.css")).isEqualTo("body {}");
    }

    @Test
    void aMissingFileIsNotThere() {
        assertThat(site.file("/missing.css")).isEmpty();
        assertThat(site.file("/forms/missing/")).isEmpty();
    }

    @Test
    void neverServesAFileAboveTheSite() throws Exception {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/forms/../../secret.txt", "/..%2fsecret.txt",
                "/%2E%2E%2Fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt", "/%00", "//etc/passwd", "/%zz")) {
            assertThat(site.file(path)).as(path).isEmpty();
        }
    }

    @Test
    void neverFollowsALinkOutOfTheSite() throws Exception {
        Files.createSymbolicLink(siteRoot.resolve("linked.txt"), folder.resolve("secret.txt"));

        assertThat(site.file("/linked.txt")).isEmpty();
    }

    @Test
    void aMissingSiteFolderIsReportedAtStart() {
        assertThatThrownBy(() -> new StaticSite(folder.resolve("nowhere")))
                .isInstanceOf(LocalRuntimeException.class)
                .hasMessageContaining("pass --site DIR");
    }

    private String text(String rawPath) {
        return new String(site.file(rawPath).orElseThrow().body(), StandardCharsets.UTF_8);
    }
}
