package uk.hubreturns.volunteering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Makes DynamoDB misbehave the way it does under load, for BatchWriteItem only: from the Nth call on, the
 * connection fails; or, for a number of calls, some items are held back unwritten and reported as
 * UnprocessedItems, as DynamoDB does when it throttles. And runs what another request does meanwhile, before a
 * BatchWriteItem or a TransactWriteItems.
 */
final class WriteFaults implements ExecutionInterceptor {

    private static final ExecutionAttribute<Map<String, List<WriteRequest>>> HELD_BACK = new ExecutionAttribute<>("heldBack");

    private int batchWrites;
    private int failFrom = Integer.MAX_VALUE;
    private int callsToThrottle;
    private int itemsToHoldBack;
    private final java.util.Map<Integer, Runnable> beforeWrites = new java.util.HashMap<>();
    private Runnable beforeTransaction;

    /** Runs {@code action} just before the {@code n}th BatchWriteItem from now: what another request does meanwhile. */
    void beforeBatchWrite(int n, Runnable action) {
        beforeWrites.put(batchWrites + n, action);
    }

    /** Runs {@code action} just before the next TransactWriteItems: what another request does meanwhile. */
    void beforeNextTransaction(Runnable action) {
        beforeTransaction = action;
    }

    /** The {@code n}th BatchWriteItem from now (1 is the next one), and every one after it, fails. */
    void failBatchWritesFrom(int n) {
        failFrom = batchWrites + n;
    }

    /** The next {@code calls} BatchWriteItem calls each leave up to {@code items} items unprocessed. */
    void throttle(int calls, int items) {
        callsToThrottle = calls;
        itemsToHoldBack = items;
    }

    void heal() {
        failFrom = Integer.MAX_VALUE;
        callsToThrottle = 0;
    }

    int batchWrites() {
        return batchWrites;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof TransactWriteItemsRequest && beforeTransaction != null) {
            Runnable meanwhile = beforeTransaction;
            beforeTransaction = null;
            meanwhile.run();
        }
        if (!(context.request() instanceof BatchWriteItemRequest request)) {
            return context.request();
        }
        batchWrites++;
        Runnable meanwhile = beforeWrites.remove(batchWrites);
        if (meanwhile != null) {
            meanwhile.run();
        }
        if (batchWrites >= failFrom) {
            throw SdkClientException.create("Injected failure: connection reset by peer");
        }
        if (callsToThrottle == 0) {
            return request;
        }
        callsToThrottle--;
        Map.Entry<String, List<WriteRequest>> table = request.requestItems().entrySet().iterator().next();
        List<WriteRequest> writes = table.getValue();
        int held = Math.min(itemsToHoldBack, writes.size() - 1);
        attributes.putAttribute(HELD_BACK, Map.of(table.getKey(), new ArrayList<>(writes.subList(writes.size() - held, writes.size()))));
        return request.toBuilder().requestItems(Map.of(table.getKey(), writes.subList(0, writes.size() - held))).build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Map<String, List<WriteRequest>> held = attributes.getAttribute(HELD_BACK);
        if (held == null || !(context.response() instanceof BatchWriteItemResponse response)) {
            return context.response();
        }
        return response.toBuilder().unprocessedItems(held).build();
    }
}
