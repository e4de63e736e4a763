package uk.hubreturns.routing;

import dagger.Module;
import dagger.Provides;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.inject.Singleton;
import uk.hubreturns.common.http.FailureClassifier;
import uk.hubreturns.template.RouteTable;
import uk.hubreturns.template.SamTemplate;

@Module
final class RoutingModule {

    /** The build copies the repository's template.yaml into this function's jar. */
    static final String TEMPLATE_RESOURCE = "/template.yaml";

    private RoutingModule() {
    }

    @Provides
    static FailureClassifier failureClassifier() {
        return FailureClassifier.NONE;
    }

    @Provides
    @Singleton
    static RouteTable declaredRoutes() {
        try (InputStream in = RoutingModule.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("template.yaml is missing from the function's jar");
            }
            SamTemplate template = SamTemplate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return RouteTable.of(template.functions()).withoutDefaultRoute();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read template.yaml from the function's jar", e);
        }
    }
}
