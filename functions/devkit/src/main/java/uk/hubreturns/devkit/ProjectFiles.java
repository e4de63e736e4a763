package uk.hubreturns.devkit;

import java.nio.file.Path;
import uk.hubreturns.template.TemplateFile;

/** Finds the repository root (the folder holding template.yaml) from wherever a test or tool runs. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        return TemplateFile.find().getParent();
    }
}
