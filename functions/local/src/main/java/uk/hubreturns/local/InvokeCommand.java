package uk.hubreturns.local;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.devkit.TemplateTables;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.SamTemplate;

/** {@code invoke FUNCTION -e FILE}: one call of one function with an event file, like {@code sam local invoke}. */
final class InvokeCommand {

    private InvokeCommand() {
    }

    /** Prints the function's response as JSON on {@code out}. */
    static void run(InvokeOptions options, PrintStream out) {
        SamTemplate template = SamTemplate.load(options.templateFile());
        FunctionDefinition function = template.function(options.functionId()).orElseThrow(() -> new LocalRuntimeException(
                "template.yaml has no function " + options.functionId() + "; its functions are "
                        + String.join(", ", template.functions().stream().map(FunctionDefinition::logicalId).toList()) + "."));
        HandlerClass handlerClass = HandlerClass.load(function);
        Object event = LambdaJson.readEvent(options.eventFile(), handlerClass.inputType());
        try (LocalDynamoDb dynamoDb = options.storage().start()) {
            new TemplateTables(dynamoDb.client(), template).createMissing();
            LocalSystemProperties.apply(LocalSystemProperties.forFunctions(List.of(function), dynamoDb.endpoint()));
            String requestId = UUID.randomUUID().toString();
            Object response = handlerClass.newInstance()
                    .handleRequest(event, new LocalLambdaContext(requestId, function, Clock.systemUTC()));
            out.println(LambdaJson.write(response));
        }
    }
}
