package uk.hubreturns.common.lambda;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Work a function does just before SnapStart takes its snapshot, so that a restored function answers its first
 * request with its classes loaded and its DynamoDB connection path resolved. Creating a handler builds the DynamoDB
 * client; its first request loads over a thousand more classes (the SDK's request pipeline, the function's table
 * schemas and JSON): priming moves those into the snapshot. Without SnapStart (or CRaC) nothing calls it;
 * {@link FunctionInit} registers it only when Lambda initialises the function for a snapshot.
 */
public final class SnapStartPriming implements Resource {

    // org.crac holds resources weakly: these keep them for the life of the function.
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final Runnable priming;

    SnapStartPriming(Runnable priming) {
        this.priming = priming;
    }

    /** What Lambda sets {@value #INITIALIZATION_TYPE} to while it initialises a function for a SnapStart snapshot. */
    static final String SNAP_START = "snap-start";
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    static void register(Runnable priming) {
        SnapStartPriming resource = new SnapStartPriming(priming);
        REGISTERED.add(resource);
        Core.getGlobalContext().register(resource);
    }

    /** Runs every registered priming now, as a checkpoint would: for measuring what priming buys on a JVM without CRaC. */
    public static void primeAll() {
        REGISTERED.forEach(resource -> resource.beforeCheckpoint(null));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        priming.run();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: credentials and connections are resolved per request.
    }
}
