package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime killed with SIGKILL while it accepts writes from several clients, then started again on the same
 * data folder: every write it acknowledged with a 2xx is there, and the data files still open.
 */
class LocalRuntimeCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = LocalServer.ROOT.resolve("functions/local/target/hub-returns-local.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAcknowledgedWriteSurvivesAKillNineAndARestart(@TempDir Path data) throws Exception {
        assertThat(JAR).as("the runtime's jar (mvn package builds it)").isRegularFile();
        int port = freePort();
        Process first = start(port, data);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try {
            String token = token(port);
            assertThat(send(port, token, "POST", "/hubs",
                    "{\"hubId\":\"north\",\"name\":\"North\",\"area\":\"Oxon\",\"annualBudgetPence\":100}").statusCode()).isEqualTo(201);
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch wellUnderWay = new CountDownLatch(40);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int client = 0; client < 4; client++) {
                int id = client;
                clients.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        try {
                            HttpResponse<String> response = send(port, token, "POST", "/hubs/north/volunteer-hours",
                                    "{\"volunteerRef\":\"V-" + id + "-" + i + "\",\"date\":\"2026-05-14\",\"hours\":1,\"activity\":\"ADMIN\"}");
                            if (response.statusCode() == 201) {
                                acknowledged.add(JSON.readTree(response.body()).get("entryId").asText());
                                wellUnderWay.countDown();
                            }
                        } catch (IOException | InterruptedException e) {
                            return; // the runtime went away mid-request: that write was never acknowledged
                        }
                    }
                });
            }
            assertThat(wellUnderWay.await(60, TimeUnit.SECONDS)).as("40 writes acknowledged").isTrue();
            first.destroyForcibly(); // SIGKILL, while the four clients are still writing
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
            writing.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.destroyForcibly();
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").isNotEmpty();

        Process second = start(port, data);
        try {
            List<String> stored = new ArrayList<>();
            String token = token(port);
            String cursor = null;
            do {
                HttpResponse<String> page = send(port, token, "GET", "/hubs/north/volunteer-hours?quarter=2026-Q1&limit=100"
                        + (cursor == null ? "" : "&cursor=" + cursor), null);
                assertThat(page.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(page.body());
                body.get("items").forEach(item -> stored.add(item.get("entryId").asText()));
                cursor = body.get("nextCursor").isNull() ? null : body.get("nextCursor").asText();
            } while (cursor != null);
            assertThat(stored).containsAll(acknowledged).doesNotHaveDuplicates();
        } finally {
            second.destroy();
            second.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process start(int port, Path data) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "--port", Integer.toString(port), "--data", data.resolve("dynamodb").toString())
                .directory(LocalServer.ROOT.toFile()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String line = output.readLine(); line != null && System.nanoTime() < deadline; line = output.readLine()) {
            if (line.startsWith("Hub Returns is running at")) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "runtime-output");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The runtime did not start");
    }

    private String token(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/_local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"county-admin\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("token").asText();
    }

    private HttpResponse<String> send(int port, String token, String method, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
