package uk.hubreturns.devkit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * An HTTP client for the DynamoDB SDK that answers chosen calls the way DynamoDB does when it throttles or fails
 * (HTTP 400 with {@code ProvisionedThroughputExceededException} or {@code ThrottlingException}, HTTP 500 with
 * {@code InternalServerError}) and passes every other call to DynamoDB Local. The SDK sees real error responses,
 * so its own retries, backoff and exception types are what a test exercises. Calls are named by their operation
 * ({@code PutItem}, {@code Query}, {@code BatchWriteItem}) and counted, whether they were failed or passed on.
 */
public final class DynamoDbFaults implements SdkHttpClient {

    public enum Fault {
        PROVISIONED_THROUGHPUT_EXCEEDED(400, "ProvisionedThroughputExceededException",
                "The level of configured provisioned throughput for the table was exceeded."),
        THROTTLING(400, "ThrottlingException", "Rate of requests exceeds the allowed throughput."),
        INTERNAL_SERVER_ERROR(500, "InternalServerError", "Internal server error");

        private final int status;
        private final String type;
        private final String message;

        Fault(int status, String type, String message) {
            this.status = status;
            this.type = type;
            this.message = message;
        }
    }

    private record Plan(Fault fault, int fromCall, int untilCall) {
    }

    private final SdkHttpClient dynamoDb;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failed = new ConcurrentHashMap<>();
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final Map<String, Runnable> beforeNext = new ConcurrentHashMap<>();

    private DynamoDbFaults(SdkHttpClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    public static DynamoDbFaults overUrlConnection() {
        return new DynamoDbFaults(UrlConnectionHttpClient.create());
    }

    /** The next {@code times} calls of {@code operation} fail with {@code fault}; later ones go through. */
    public void failNext(String operation, int times, Fault fault) {
        int next = calls(operation) + 1;
        plans.put(operation, new Plan(fault, next, next + times));
    }

    /** The {@code nth} call of {@code operation} from now (1 is the next) and every one after it fail with {@code fault}. */
    public void failFrom(String operation, int nth, Fault fault) {
        plans.put(operation, new Plan(fault, calls(operation) + nth, Integer.MAX_VALUE));
    }

    /** Runs {@code action} once, just before the next call of {@code operation} is sent: something done meanwhile elsewhere. */
    public void beforeNext(String operation, Runnable action) {
        beforeNext.put(operation, action);
    }

    public void heal() {
        plans.clear();
    }

    /** Calls of {@code operation} the SDK made, retries included. */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Calls of {@code operation} that were answered with a fault. */
    public int failed(String operation) {
        AtomicInteger count = failed.get(operation);
        return count == null ? 0 : count.get();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        int call = calls.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
        Runnable meanwhile = beforeNext.remove(operation);
        if (meanwhile != null) {
            meanwhile.run();
        }
        Plan plan = plans.get(operation);
        if (plan == null || call < plan.fromCall() || call >= plan.untilCall()) {
            return dynamoDb.prepareRequest(request);
        }
        failed.computeIfAbsent(operation, name -> new AtomicInteger()).incrementAndGet();
        return answer(plan.fault());
    }

    private static ExecutableHttpRequest answer(Fault fault) {
        byte[] body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + fault.type + "\",\"message\":\"" + fault.message
                + " (injected by a test)\"}").getBytes(StandardCharsets.UTF_8);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(fault.status)
                                .putHeader("Content-Type", "application/x-amz-json-1.0")
                                .putHeader("Content-Length", Integer.toString(body.length))
                                .putHeader("x-amzn-RequestId", "injected-fault").build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
                        .build();
            }

            @Override
            public void abort() {
                // The answer is already in memory: nothing to abort.
            }
        };
    }

    @Override
    public void close() {
        dynamoDb.close();
    }
}
