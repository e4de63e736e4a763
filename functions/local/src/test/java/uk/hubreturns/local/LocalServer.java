package uk.hubreturns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import uk.hubreturns.template.TemplateFile;

/** Starts the local runtime in this JVM on a free port and talks to it over real HTTP. */
final class LocalServer implements AutoCloseable {

    static final Path ROOT = TemplateFile.find().getParent();

    private final LocalRuntime runtime;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalServer(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    static LocalServer start(Storage storage) {
        return new LocalServer(LocalRuntime.start(new ServeOptions(ROOT.resolve("template.yaml"), 0, storage,
                ROOT.resolve("static-site/public"))));
    }

    HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(uri(rawPath)).GET().build());
    }

    HttpResponse<String> send(String method, String rawPath, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(rawPath)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return http;
    }

    URI uri(String rawPath) {
        return URI.create("http://localhost:" + runtime.port() + rawPath);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
