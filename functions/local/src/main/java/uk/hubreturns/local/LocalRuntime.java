package uk.hubreturns.local;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import uk.hubreturns.devkit.LocalDynamoDb;
import uk.hubreturns.devkit.TemplateTables;
import uk.hubreturns.template.FunctionDefinition;
import uk.hubreturns.template.RouteTable;
import uk.hubreturns.template.SamTemplate;

/**
 * Hub Returns on this machine: DynamoDB Local with the template's tables, and an HTTP server that serves
 * every HttpApi route of template.yaml by calling its handler in this JVM, and the static site besides.
 * The functions read their settings from system properties, which are JVM-wide: run one at a time per JVM.
 */
public final class LocalRuntime implements AutoCloseable {

    private final LocalHttpServer server;
    private final LocalDynamoDb dynamoDb;
    private final LocalScheduler scheduler;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalRuntime(LocalHttpServer server, LocalDynamoDb dynamoDb, LocalScheduler scheduler) {
        this.server = server;
        this.dynamoDb = dynamoDb;
        this.scheduler = scheduler;
    }

    public static LocalRuntime start(ServeOptions options) {
        SamTemplate template = SamTemplate.load(options.templateFile());
        RouteTable routes = RouteTable.of(template.functions());
        Map<String, WarmContainer> containers = containers(template);
        StaticSite site = new StaticSite(options.siteDir());
        LocalHttpServer server = LocalHttpServer.bind(options.port());
        LocalDynamoDb dynamoDb = null;
        try {
            dynamoDb = options.storage().start();
            new TemplateTables(dynamoDb.client(), template).createMissing();
            LocalSystemProperties.apply(LocalSystemProperties.forFunctions(template.functions(), dynamoDb.endpoint()));
            EventInvoker events = new EventInvoker(containers, Clock.systemUTC());
            LocalTokens tokens = new LocalTokens(options.storage().signingKeys());
            server.start(new RequestDispatcher(routes, new HttpApiInvoker(containers, Clock.systemUTC()),
                    new LocalTriggers(events, tokens, Clock.systemUTC()), tokens, Clock.systemUTC(), site, new RequestLog(System.out)));
            LocalScheduler scheduler = new LocalScheduler(events, Clock.systemUTC());
            scheduler.start(containers.values());
            return new LocalRuntime(server, dynamoDb, scheduler);
        } catch (RuntimeException e) {
            server.stop();
            if (dynamoDb != null) {
                dynamoDb.close();
            }
            throw e;
        }
    }

    // Handler classes are loaded now, so a missing or misdeclared one stops the start; they are created on first use.
    private static Map<String, WarmContainer> containers(SamTemplate template) {
        Map<String, WarmContainer> containers = new LinkedHashMap<>();
        for (FunctionDefinition function : template.functions()) {
            HandlerClass handlerClass = HandlerClass.load(function);
            if (!function.httpRoutes().isEmpty()) {
                TriggerTypes.requireHttpApi(function, handlerClass);
            }
            containers.put(function.logicalId(), new WarmContainer(function, handlerClass));
        }
        return Map.copyOf(containers);
    }

    public int port() {
        return server.port();
    }

    /** Where its DynamoDB Local listens: tests look at the table directly. */
    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public URI uri() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /** Stops the HTTP server first, then DynamoDB Local, so no request writes to a closing database. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            scheduler.close();
            server.stop();
            dynamoDb.close();
        }
    }
}
