package uk.hubreturns.common.dynamodb;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * url-connection's HTTP client, built on a thread of its own. Building it sets up TLS (the JDK's security providers
 * and trust store: about 90 ms of CPU in a cold start, the README's "Where a cold start goes"); meanwhile the function
 * builds the rest of its DynamoDB client and whatever else its first request needs. A request waits for it only if
 * it is not built by then.
 */
final class HttpClientBuiltAside implements SdkHttpClient {

    private final FutureTask<SdkHttpClient> build;

    private HttpClientBuiltAside(FutureTask<SdkHttpClient> build) {
        this.build = build;
    }

    static HttpClientBuiltAside start() {
        return start(UrlConnectionHttpClient::create);
    }

    static HttpClientBuiltAside start(Callable<SdkHttpClient> builder) {
        FutureTask<SdkHttpClient> build = new FutureTask<>(builder);
        Thread thread = new Thread(build, "http-client-build");
        thread.setDaemon(true);
        thread.start();
        return new HttpClientBuiltAside(build);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return client().prepareRequest(request);
    }

    /** As url-connection's client names itself, for the SDK's user agent, without waiting for it. */
    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public void close() {
        try {
            build.get().close();
        } catch (ExecutionException e) {
            // Nothing was built, so there is nothing to close.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SdkHttpClient client() {
        try {
            return build.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the HTTP client was being built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The HTTP client could not be built", e.getCause());
        }
    }
}
