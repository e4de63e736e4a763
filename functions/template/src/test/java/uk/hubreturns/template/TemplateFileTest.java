package uk.hubreturns.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFileTest {

    @TempDir
    Path repository;

    @Test
    void findsTheTemplateInTheNearestFolderAbove() throws Exception {
        Path template = Files.writeString(repository.resolve("template.yaml"), "Resources: {}\n");
        Path module = Files.createDirectories(repository.resolve("functions/hubs"));

        assertThat(TemplateFile.findFrom(module)).isEqualTo(template);
        assertThat(TemplateFile.findFrom(repository)).isEqualTo(template);
    }

    @Test
    void saysWhereToRunFromWhenThereIsNoTemplate() throws Exception {
        Path elsewhere = Files.createDirectories(repository.resolve("elsewhere"));

        assertThatThrownBy(() -> TemplateFile.findFrom(elsewhere))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("run this from inside the Hub Returns repository");
    }
}
