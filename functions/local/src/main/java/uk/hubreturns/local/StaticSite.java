package uk.hubreturns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Files under one folder, for GET requests no API route takes; a folder is served by its index.html. */
final class StaticSite {

    private static final String INDEX = "index.html";

    private final Path root;

    StaticSite(Path root) {
        if (!Files.isDirectory(root)) {
            throw new LocalRuntimeException("The site folder " + root + " does not exist: create it, or pass --site DIR.");
        }
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the site folder " + root, e);
        }
    }

    Optional<HttpReply> file(String rawPath) {
        return resolve(rawPath).map(StaticSite::reply);
    }

    /** The file the path names, if it exists inside the site: never anything above it, whatever the path says. */
    private Optional<Path> resolve(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0 || List.of(path.split("/")).contains("..")) {
            return Optional.empty();
        }
        Path candidate = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve(INDEX);
        }
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + candidate, e);
        }
    }

    /** As CloudFront's policy in template.yaml, with the API on the same origin locally. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static HttpReply reply(Path file) {
        try {
            return new HttpReply(200, Map.of(
                    "Content-Type", List.of(ContentTypes.forFileName(file.getFileName().toString())),
                    "Cache-Control", List.of("no-cache"),
                    "Content-Security-Policy", List.of(CONTENT_SECURITY_POLICY),
                    "X-Content-Type-Options", List.of("nosniff")), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
