package uk.hubreturns.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hubreturns.template.TableDefinition.KeyElement;

/** The repository's own template.yaml, found by walking up from the module folder. */
class RepositoryTemplateTest {

    private final SamTemplate template = SamTemplate.load();

    @Test
    void hasTheRecordsTableWithItsQuarterIndexAndTimeToLive() {
        TableDefinition records = template.table("RecordsTable").orElseThrow();

        assertThat(records.tableName()).isEqualTo("RecordsTable");
        assertThat(records.billingMode()).isEqualTo("PAY_PER_REQUEST");
        assertThat(records.keySchema()).containsExactly(new KeyElement("pk", "HASH"), new KeyElement("sk", "RANGE"));
        assertThat(records.localSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo("byQuarter");
            assertThat(index.keySchema()).containsExactly(new KeyElement("pk", "HASH"), new KeyElement("quarterSk", "RANGE"));
            assertThat(index.projection().type()).isEqualTo("ALL");
        });
        assertThat(records.timeToLiveAttribute()).contains("expiresAt");
    }

    @Test
    void onlyTheCorsPreflightRouteGoesWithoutAToken() {
        assertThat(template.functions().stream().flatMap(function -> function.httpRoutes().stream()).filter(route -> !route.needsToken()))
                .containsExactly(new HttpRoute("Preflight", "OPTIONS", "/{proxy+}", false));
    }

    @Test
    void everyFunctionGetsTheTableAndFinancialYearFromTheGlobals() {
        assertThat(template.functions()).isNotEmpty().allSatisfy(function -> {
            assertThat(function.environment()).containsEntry("TABLE_NAME", "RecordsTable").containsEntry("FINANCIAL_YEAR_START_MONTH", "4");
            assertThat(function.handler().methodName()).isEqualTo("handleRequest");
            assertThat(function.memorySizeMb()).isBetween(512, 4096);
        });
    }

    @Test
    void anImportOutlivesTheThirtySecondsTheHttpApiWaitsSoAThrottledImportStillFinishes() {
        assertThat(template.functions()).filteredOn(function -> !function.httpRoutes().isEmpty())
                .isNotEmpty()
                .allSatisfy(function -> assertThat(function.timeoutSeconds()).isBetween(3, 900));
        assertThat(template.function("ImportVolunteerHoursFunction").orElseThrow().timeoutSeconds()).isGreaterThan(30);
    }

    @Test
    void routesTheHubEndpointsToTheirFunctions() {
        RouteTable routes = RouteTable.of(template.functions());

        assertThat(routes.match("POST", "/hubs")).isInstanceOfSatisfying(RouteMatch.Found.class, found -> {
            assertThat(found.function().logicalId()).isEqualTo("CreateHubFunction");
            assertThat(found.function().handler()).isEqualTo(new HandlerName("uk.hubreturns.hubs.CreateHubHandler", "handleRequest"));
        });
        assertThat(routes.match("GET", "/hubs/north")).isInstanceOfSatisfying(RouteMatch.Found.class,
                found -> assertThat(found.pathParameters()).containsEntry("hubId", "north"));
        assertThat(routes.match("PATCH", "/hubs")).isInstanceOfSatisfying(RouteMatch.Found.class,
                found -> assertThat(found.function().logicalId()).isEqualTo("UnmatchedRouteFunction"));
        assertThat(routes.withoutDefaultRoute().match("PATCH", "/hubs")).isEqualTo(new RouteMatch.MethodNotAllowed(List.of("GET", "POST")));
    }

    @Test
    void readsTheParameterDefaults() {
        assertThat(template.parameters().get("FinancialYearStartMonth").defaultValue()).isEqualTo(Optional.of("4"));
    }
}
