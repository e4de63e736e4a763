package uk.hubreturns.common.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

class HttpClientBuiltAsideTest {

    private static final HttpExecuteRequest REQUEST = HttpExecuteRequest.builder()
            .request(SdkHttpRequest.builder().protocol("https").host("dynamodb.eu-west-2.amazonaws.com").method(SdkHttpMethod.POST).build())
            .build();

    private final ExecutableHttpRequest prepared = new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() throws IOException {
            throw new IOException("not sent in this test");
        }

        @Override
        public void abort() {
        }
    };

    @Test
    void isBuiltOnAThreadOfItsOwnAndARequestMadeBeforeThenWaitsForIt() throws Exception {
        CountDownLatch buildMayFinish = new CountDownLatch(1);
        AtomicReference<Thread> builtOn = new AtomicReference<>();
        HttpClientBuiltAside client = HttpClientBuiltAside.start(() -> {
            builtOn.set(Thread.currentThread());
            buildMayFinish.await();
            return preparing(() -> { });
        });

        CompletableFuture<ExecutableHttpRequest> request = CompletableFuture.supplyAsync(() -> client.prepareRequest(REQUEST));

        assertThatThrownBy(() -> request.get(200, TimeUnit.MILLISECONDS))
                .as("the request waits for the build, neither failing nor going ahead without it")
                .isInstanceOf(TimeoutException.class);
        buildMayFinish.countDown();
        assertThat(request.get(5, TimeUnit.SECONDS)).isSameAs(prepared);
        assertThat(builtOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
        assertThat(builtOn.get().getName()).isEqualTo("http-client-build");
        assertThat(builtOn.get().isDaemon()).as("it never keeps a JVM alive").isTrue();
    }

    @Test
    void aBuildThatFailedFailsEveryRequestWithItsCauseAndClosingIsHarmless() {
        IllegalStateException noTls = new IllegalStateException("no TLS here");
        HttpClientBuiltAside client = HttpClientBuiltAside.start(() -> {
            throw noTls;
        });

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> client.prepareRequest(REQUEST))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("The HTTP client could not be built")
                    .hasCause(noTls);
        }
        assertThatCode(client::close).doesNotThrowAnyException();
    }

    @Test
    void closingClosesTheClientItBuilt() {
        AtomicReference<Boolean> closed = new AtomicReference<>(false);
        HttpClientBuiltAside client = HttpClientBuiltAside.start(() -> preparing(() -> closed.set(true)));

        client.close();

        assertThat(closed.get()).isTrue();
    }

    @Test
    void namesItselfAsUrlConnectionsClientDoesWithoutWaitingForTheBuild() {
        CountDownLatch never = new CountDownLatch(1);
        HttpClientBuiltAside client = HttpClientBuiltAside.start(() -> {
            never.await();
            return preparing(() -> { });
        });

        try (SdkHttpClient urlConnection = UrlConnectionHttpClient.create()) {
            assertThat(client.clientName()).isEqualTo(urlConnection.clientName());
        }
    }

    private SdkHttpClient preparing(Runnable onClose) {
        return new SdkHttpClient() {
            @Override
            public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                return prepared;
            }

            @Override
            public void close() {
                onClose.run();
            }
        };
    }
}
