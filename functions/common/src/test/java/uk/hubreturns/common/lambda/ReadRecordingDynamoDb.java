package uk.hubreturns.common.lambda;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** A DynamoDB client that answers every GetItem with no item, noting the request and the thread that made it. */
final class ReadRecordingDynamoDb implements DynamoDbClient {

    final List<GetItemRequest> reads = new CopyOnWriteArrayList<>();
    final List<Thread> readers = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstRead = new CountDownLatch(1);

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        reads.add(request);
        readers.add(Thread.currentThread());
        firstRead.countDown();
        return GetItemResponse.builder().build();
    }

    boolean awaitFirstRead(long millis) throws InterruptedException {
        return firstRead.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
