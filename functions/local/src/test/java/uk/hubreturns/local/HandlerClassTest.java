package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hubreturns.local.fixtures.EchoHandler;
import uk.hubreturns.local.fixtures.NoDefaultConstructorHandler;
import uk.hubreturns.local.fixtures.NotAHandler;
import uk.hubreturns.local.fixtures.ScheduledJobHandler;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.HandlerName;

class HandlerClassTest {

    @Test
    void readsTheEventTypesTheHandlerDeclares() {
        HandlerClass echo = HandlerClass.load(Functions.httpApi("EchoFunction", EchoHandler.class, "GET", "/echo"));
        HandlerClass job = HandlerClass.load(function(ScheduledJobHandler.class.getName()));

        assertThat(echo.inputType()).isEqualTo(APIGatewayV2HTTPEvent.class);
        assertThat(echo.outputType()).isEqualTo(APIGatewayV2HTTPResponse.class);
        assertThat(echo.newInstance()).isInstanceOf(EchoHandler.class);
        assertThat(job.inputType()).isInstanceOfSatisfying(ParameterizedType.class,
                type -> assertThat(type.getRawType()).isEqualTo(Map.class));
        assertThat(job.outputType()).isEqualTo(String.class);
    }

    @Test
    void saysWhatIsWrongWithAHandler() {
        assertThatThrownBy(() -> HandlerClass.load(function("uk.hubreturns.nowhere.MissingHandler")))
                .isInstanceOf(LocalRuntimeException.class)
                .hasMessageContaining("is not on the classpath").hasMessageContaining("functions/local/pom.xml");
        assertThatThrownBy(() -> HandlerClass.load(function(NotAHandler.class.getName())))
                .hasMessageContaining("does not implement com.amazonaws.services.lambda.runtime.RequestHandler");
        assertThatThrownBy(() -> HandlerClass.load(function(NoDefaultConstructorHandler.class.getName())))
                .hasMessageContaining("public no-arg constructor");
        assertThatThrownBy(() -> HandlerClass.load(function(EchoHandler.class.getName() + "::handle")))
                .hasMessageContaining("names the method handle");
    }

    @Test
    void checksTheHandlerFitsItsTrigger() {
        FunctionDefinition api = Functions.httpApi("JobFunction", ScheduledJobHandler.class, "GET", "/job");

        assertThatThrownBy(() -> TriggerTypes.requireHttpApi(api, HandlerClass.load(api)))
                .hasMessageContaining("must implement RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>");
        FunctionDefinition echo = function(EchoHandler.class.getName());
        assertThatThrownBy(() -> TriggerTypes.requireSchedule(echo, HandlerClass.load(echo)))
                .hasMessageContaining("must take a ScheduledEvent or a Map");
    }

    private static FunctionDefinition function(String handler) {
        return new FunctionDefinition("SomeFunction", Optional.empty(), HandlerName.parse(handler), 3, 128, Map.of(), List.of(), List.of());
    }
}
