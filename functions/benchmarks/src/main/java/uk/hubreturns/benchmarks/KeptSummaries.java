package uk.hubreturns.benchmarks;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.common.config.Settings;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.common.time.QuarterCalendar;
import uk.hubreturns.returns.DaggerReturnsComponent;
import uk.hubreturns.returns.ReturnsComponent;

/**
 * The PDF downloads serve a summary the rollup kept, or render it when none was kept for the returns as they are
 * (after a sign-off or a reopening, which the sample events of other functions do between starts). Before each start
 * the harness puts the table in the state it measures: the quarter's summaries kept, or none kept.
 */
final class KeptSummaries {

    private static final Pattern QUARTER_IN_PATH = Pattern.compile("/returns/(\\d{4}-Q[1-4])/");

    private final ReturnsComponent returns;
    private final DynamoDbClient dynamoDb;
    private final String tableName;

    KeptSummaries(Map<String, String> environment, DynamoDbClient dynamoDb) {
        this.returns = DaggerReturnsComponent.factory().create(Settings.of(environment), Clock.system(QuarterCalendar.LONDON));
        this.dynamoDb = dynamoDb;
        this.tableName = environment.get("TABLE_NAME");
    }

    /** The state after a rollup: the summaries of the event's quarter kept (nothing, if it was never rolled up). */
    Runnable kept(String event) {
        Quarter quarter = quarterOf(event);
        return () -> {
            try {
                returns.pdfSummaries().renderAndKeep(quarter);
            } catch (RecordNotFoundException notRolledUp) {
                // The download answers 404, as it would on AWS.
            }
        };
    }

    /** The state after a sign-off or a reopening: no summary of the event's quarter kept. */
    Runnable noneKept(String event) {
        String partition = "SUMMARY_PDF#" + quarterOf(event).id();
        return () -> dynamoDb.queryPaginator(request -> request.tableName(tableName).consistentRead(true)
                        .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(partition))))
                .items()
                .forEach(item -> dynamoDb.deleteItem(request -> request.tableName(tableName)
                        .key(Map.of("pk", item.get("pk"), "sk", item.get("sk")))));
    }

    private static Quarter quarterOf(String event) {
        Matcher path = QUARTER_IN_PATH.matcher(event);
        if (!path.find()) {
            throw new IllegalArgumentException("A summary download's sample event names no quarter: " + event);
        }
        return Quarter.parse(path.group(1)).orElseThrow();
    }
}
