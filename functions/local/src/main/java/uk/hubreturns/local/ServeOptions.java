package uk.hubreturns.local;

import java.nio.file.Path;

/** {@code port} 0 picks a free port; {@link LocalRuntime#port()} tells which. */
public record ServeOptions(Path templateFile, int port, Storage storage, Path siteDir) {
}
