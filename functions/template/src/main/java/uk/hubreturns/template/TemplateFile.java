package uk.hubreturns.template;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds template.yaml: in the working directory or the nearest folder above it, which is the repository root. */
public final class TemplateFile {

    public static final String NAME = "template.yaml";

    private TemplateFile() {
    }

    public static Path find() {
        return findFrom(Path.of("").toAbsolutePath());
    }

    public static Path findFrom(Path start) {
        for (Path folder = start.toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new InvalidTemplateException("There is no " + NAME + " in " + start.toAbsolutePath()
                + " or any folder above it: run this from inside the Hub Returns repository.");
    }
}
