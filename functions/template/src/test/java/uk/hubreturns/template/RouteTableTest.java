package uk.hubreturns.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable routes = RouteTable.of(List.of(
            function("ListHubs", "GET /hubs"),
            function("CreateHub", "POST /hubs"),
            function("GetHub", "GET /hubs/{hubId}"),
            function("GetMeeting", "GET /hubs/{hubId}/meetings/{meetingId}"),
            function("GetNorthMeeting", "GET /hubs/north/meetings/{meetingId}"),
            function("Files", "GET /files/{proxy+}"),
            function("Anything", "ANY /anything")));

    @Test
    void findsTheFunctionAndItsDecodedPathParameters() {
        RouteMatch match = routes.match("GET", "/hubs/south%20east/meetings/a%2Fb+c");

        assertThat(match).isInstanceOfSatisfying(RouteMatch.Found.class, found -> {
            assertThat(found.function().logicalId()).isEqualTo("GetMeeting");
            assertThat(found.route().routeKey()).isEqualTo("GET /hubs/{hubId}/meetings/{meetingId}");
            assertThat(found.pathParameters()).isEqualTo(Map.of("hubId", "south east", "meetingId", "a/b+c"));
        });
    }

    @Test
    void aLiteralSegmentBeatsAParameter() {
        assertThat(found("GET", "/hubs/north/meetings/m1").function().logicalId()).isEqualTo("GetNorthMeeting");
        assertThat(found("GET", "/hubs/south/meetings/m1").function().logicalId()).isEqualTo("GetMeeting");
    }

    @Test
    void aGreedyParameterTakesTheRestOfThePath() {
        assertThat(found("GET", "/files/reports/2026/q1.pdf").pathParameters()).isEqualTo(Map.of("proxy", "reports/2026/q1.pdf"));
        assertThat(routes.match("GET", "/files")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void anyMatchesEveryMethod() {
        assertThat(found("DELETE", "/anything").function().logicalId()).isEqualTo("Anything");
    }

    @Test
    void aPathNoRouteHasIsNotFound() {
        assertThat(routes.match("GET", "/nope")).isInstanceOf(RouteMatch.NotFound.class);
        assertThat(routes.match("GET", "/hubs/")).as("trailing slash").isInstanceOf(RouteMatch.NotFound.class);
        assertThat(routes.match("GET", "/hubs//meetings/m1")).as("empty parameter").isInstanceOf(RouteMatch.NotFound.class);
        assertThat(routes.match("GET", "/hubs/%zz")).as("undecodable").isInstanceOf(RouteMatch.NotFound.class);
        assertThat(routes.match("GET", "/hubs/north/meetings")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void aKnownPathWithAnotherMethodListsTheAllowedMethods() {
        assertThat(routes.match("PATCH", "/hubs")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET", "POST")));
        assertThat(routes.match("POST", "/hubs/north/meetings/m1")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET")));
    }

    @Test
    void theDefaultRouteTakesWhatNoOtherRouteMatches() {
        RouteTable withDefault = RouteTable.of(List.of(function("ListHubs", "GET /hubs"),
                new FunctionDefinition("Fallback", Optional.empty(), HandlerName.parse("x.Fallback"), 3, 128, Map.of(),
                        List.of(new HttpRoute("Api", HttpRoute.ANY, HttpRoute.DEFAULT_ROUTE)), List.of())));

        assertThat(withDefault.match("GET", "/hubs")).isInstanceOfSatisfying(RouteMatch.Found.class,
                found -> assertThat(found.function().logicalId()).isEqualTo("ListHubs"));
        assertThat(withDefault.match("POST", "/hubs")).isInstanceOfSatisfying(RouteMatch.Found.class,
                found -> assertThat(found.route().routeKey()).isEqualTo("$default"));
        assertThat(withDefault.withoutDefaultRoute().match("POST", "/hubs")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET")));
        assertThat(withDefault.withoutDefaultRoute().match("GET", "/nowhere")).isInstanceOf(RouteMatch.NotFound.class);
    }

    @Test
    void aRouteBoundToTwoFunctionsIsAnError() {
        assertThatThrownBy(() -> RouteTable.of(List.of(function("One", "GET /hubs"), function("Two", "GET /hubs"))))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessage("The route GET /hubs is bound to both One and Two: give each route one function.");
    }

    private RouteMatch.Found found(String method, String path) {
        return (RouteMatch.Found) routes.match(method, path);
    }

    @Test
    void aCorsPreflightRouteAnswersOptionsEverywhereButMakesNoPathExist() {
        RouteTable withPreflight = RouteTable.of(List.of(function("ListHubs", "GET /hubs"),
                new FunctionDefinition("Unmatched", Optional.empty(), HandlerName.parse("x.UnmatchedHandler"), 3, 128, Map.of(),
                        List.of(new HttpRoute("Preflight", "OPTIONS", "/{proxy+}", false)), List.of())));

        assertThat(withPreflight.match("OPTIONS", "/hubs")).isInstanceOfSatisfying(RouteMatch.Found.class,
                found -> assertThat(found.route().needsToken()).isFalse());
        assertThat(withPreflight.match("PATCH", "/hubs")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET")));
        assertThat(withPreflight.match("GET", "/nowhere")).isInstanceOf(RouteMatch.NotFound.class);
    }

    private static FunctionDefinition function(String logicalId, String routeKey) {
        String[] methodAndPath = routeKey.split(" ");
        return new FunctionDefinition(logicalId, Optional.empty(), HandlerName.parse("x." + logicalId + "Handler"),
                3, 128, Map.of(), List.of(new HttpRoute("Api", methodAndPath[0], methodAndPath[1])), List.of());
    }
}
