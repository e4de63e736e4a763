package uk.hubreturns.local;

/** Run in a fresh JVM by {@link DeploymentRulesIT}: creates one handler as the Lambda runtime would at init, then exits. */
public final class HandlerInit {

    private HandlerInit() {
    }

    public static void main(String[] args) throws Exception {
        Class.forName(args[0]).getDeclaredConstructor().newInstance();
    }
}
