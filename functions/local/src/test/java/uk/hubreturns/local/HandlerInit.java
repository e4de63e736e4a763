package uk.hubreturns.local;

/**
 * Run in a fresh JVM by {@link DeploymentRulesIT}: creates one handler as the Lambda runtime would at init, waits for
 * the threads that init started (the HTTP client's build, the request path's warm-up), then exits.
 */
public final class HandlerInit {

    private HandlerInit() {
    }

    public static void main(String[] args) throws Exception {
        Class.forName(args[0]).getDeclaredConstructor().newInstance();
        Thread[] started = new Thread[Thread.activeCount() + 8];
        int count = Thread.currentThread().getThreadGroup().enumerate(started);
        for (int i = 0; i < count; i++) {
            if (started[i] != Thread.currentThread()) {
                started[i].join(30_000);
            }
        }
    }
}
