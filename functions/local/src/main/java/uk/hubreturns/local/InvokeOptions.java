package uk.hubreturns.local;

import java.nio.file.Path;

public record InvokeOptions(Path templateFile, String functionId, Path eventFile, Storage storage) {
}
