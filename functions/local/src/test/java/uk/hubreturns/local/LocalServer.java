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

    private String adminToken;

    private LocalServer(LocalRuntime runtime) {
        this.runtime = runtime;
    }

    static LocalServer start(Storage storage) {
        return new LocalServer(LocalRuntime.start(new ServeOptions(ROOT.resolve("template.yaml"), 0, storage,
                ROOT.resolve("static-site/dist"))));
    }

    /** As a county administrator, who may do everything. */
    HttpResponse<String> get(String rawPath) {
        return send(HttpRequest.newBuilder(uri(rawPath)).header("Authorization", "Bearer " + adminToken()).GET().build());
    }

    /** As a county administrator, who may do everything. */
    HttpResponse<String> send(String method, String rawPath, String contentType, String body) {
        return sendAs(adminToken(), method, rawPath, contentType, body);
    }

    HttpResponse<String> sendAs(String token, String method, String rawPath, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(rawPath)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A token from the runtime's own sign-in route, as the site's local sign-in gets one. */
    String token(String role, String... hubs) {
        String hubList = hubs.length == 0 ? "" : ",\"hubs\":[\"" + String.join("\",\"", hubs) + "\"]";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/_local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"" + role + "\"" + hubList + "}")).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return response.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    String adminToken() {
        if (adminToken == null) {
            adminToken = token("county-admin");
        }
        return adminToken;
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

    URI dynamoDbEndpoint() {
        return runtime.dynamoDbEndpoint();
    }

    URI uri(String rawPath) {
        return URI.create("http://localhost:" + runtime.port() + rawPath);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
