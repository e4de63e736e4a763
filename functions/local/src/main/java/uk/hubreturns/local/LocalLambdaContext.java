package uk.hubreturns.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.PseudoParameters;

/** The Lambda context of one local invocation. The function's Timeout is reported, not enforced. */
final class LocalLambdaContext implements Context {

    private static final LambdaLogger LOGGER = new StderrLambdaLogger();

    private final String requestId;
    private final FunctionDefinition function;
    private final Clock clock;
    private final Instant deadline;

    LocalLambdaContext(String requestId, FunctionDefinition function, Clock clock) {
        this.requestId = requestId;
        this.function = function;
        this.clock = clock;
        this.deadline = clock.instant().plusSeconds(function.timeoutSeconds());
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + function.logicalId();
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return function.logicalId();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        PseudoParameters local = PseudoParameters.LOCAL;
        return "arn:aws:lambda:" + local.region() + ":" + local.accountId() + ":function:" + function.logicalId();
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memorySizeMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return LOGGER;
    }
}
