package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.HttpRoute;
import uk.hubreturns.template.SamTemplate;
import uk.hubreturns.template.TemplateFile;

/**
 * Every function in template.yaml names a handler Lambda could load, whose event types fit its triggers,
 * and has a sample event: RecordMeetingFunction's is events/record-meeting.json.
 */
class TemplateHandlersTest {

    private static final Path ROOT = TemplateFile.find().getParent();
    private static final SamTemplate TEMPLATE = SamTemplate.load();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}+]+)\\+?}");

    static Stream<FunctionDefinition> functions() {
        return TEMPLATE.functions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void namesAHandlerWhoseEventTypesFitItsTriggers(FunctionDefinition function) {
        HandlerClass handler = HandlerClass.load(function);

        assertThat(function.httpRoutes().isEmpty() && function.schedules().isEmpty()).as("%s has no trigger", function.logicalId()).isFalse();
        if (!function.httpRoutes().isEmpty()) {
            assertThat(handler.inputType()).as("%s input", function.logicalId()).isEqualTo(APIGatewayV2HTTPEvent.class);
            assertThat(handler.outputType()).as("%s output", function.logicalId()).isEqualTo(APIGatewayV2HTTPResponse.class);
        }
        if (!function.schedules().isEmpty()) {
            assertThat(rawType(handler.inputType())).as("%s input", function.logicalId()).isIn(ScheduledEvent.class, Map.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void hasASampleEventThatItsHandlerCanRead(FunctionDefinition function) {
        Path sample = SampleEventFile.of(ROOT, function.logicalId());
        assertThat(sample).as("the sample event of %s", function.logicalId()).isRegularFile();

        Object event = LambdaJson.readEvent(sample, HandlerClass.load(function).inputType());

        assertThat(event).isInstanceOf(rawType(HandlerClass.load(function).inputType()));
        if (event instanceof APIGatewayV2HTTPEvent httpEvent) {
            HttpRoute route = function.httpRoutes().stream()
                    .filter(candidate -> candidate.routeKey().equals(httpEvent.getRouteKey()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(sample + " has routeKey " + httpEvent.getRouteKey()
                            + ", which is not a route of " + function.logicalId()));
            if (!route.method().equals(HttpRoute.ANY)) {
                assertThat(httpEvent.getRequestContext().getHttp().getMethod()).isEqualTo(route.method());
            }
            assertThat(httpEvent.getRequestContext().getRouteKey()).isEqualTo(route.routeKey());
            Set<String> sampleParameters = httpEvent.getPathParameters() == null ? Set.of() : new TreeSet<>(httpEvent.getPathParameters().keySet());
            assertThat(sampleParameters).as("path parameters of %s", sample).isEqualTo(pathParameterNames(route.path()));
        }
    }

    private static Set<String> pathParameterNames(String path) {
        Matcher matcher = PATH_PARAMETER.matcher(path);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Class<?> rawType(Type type) {
        return (Class<?>) (type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type);
    }
}
