package uk.hubreturns.common.lambda;

import java.util.function.Function;

/**
 * What a function does in Lambda's init phase, when its handler is created. It builds the {@link Primer}, and with it
 * the DynamoDB client, whose HTTP client sets up TLS on a thread of its own meanwhile. Then, when Lambda initialises
 * the function for a SnapStart snapshot, it registers the primer to run just before the snapshot. On any other start,
 * when the JVM has more than one processor, the primer reads one key on a thread of its own while the runtime fetches
 * the first event; with one, that read could only compete with the first request's work, so it is left out.
 */
public final class FunctionInit {

    private FunctionInit() {
    }

    /** Returns the component, initialised for the start that {@code AWS_LAMBDA_INITIALIZATION_TYPE} names. */
    public static <C> C initialised(C component, Function<C, Primer> primer) {
        return initialised(component, primer, System.getenv(SnapStartPriming.INITIALIZATION_TYPE),
                Runtime.getRuntime().availableProcessors());
    }

    static <C> C initialised(C component, Function<C, Primer> primerOf, String initializationType, int processors) {
        Primer primer = primerOf.apply(component);
        if (SnapStartPriming.SNAP_START.equals(initializationType)) {
            SnapStartPriming.register(primer::prime);
        } else if (processors > 1) {
            primer.warmRequestPathAside();
        }
        return component;
    }
}
