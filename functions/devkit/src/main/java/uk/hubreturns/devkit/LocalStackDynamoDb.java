package uk.hubreturns.devkit;

import java.net.URI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** LocalStack in Docker, for {@code mvn verify -Plocalstack}; the default build never loads this class. */
final class LocalStackDynamoDb {

    static final String IMAGE = "localstack/localstack:4.9";

    private LocalStackDynamoDb() {
    }

    static URI start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-Plocalstack runs the integration tests against LocalStack in Docker, but no Docker "
                    + "engine is reachable from this machine. Start Docker, or run `mvn verify` without -Plocalstack to use "
                    + "DynamoDB Local inside the test JVM.");
        }
        LocalStackContainer localStack = new LocalStackContainer(DockerImageName.parse(IMAGE))
                .withServices(LocalStackContainer.Service.DYNAMODB);
        localStack.start();
        Runtime.getRuntime().addShutdownHook(new Thread(localStack::stop, "localstack-shutdown"));
        return localStack.getEndpointOverride(LocalStackContainer.Service.DYNAMODB);
    }
}
