package uk.hubreturns.devkit;

import java.util.Map;

/** The settings a function's component is created with in an integration test: a fresh table on the test DynamoDB. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** Settings for a new, empty table shaped like RecordsTable. */
    public static Map<String, String> withFreshTable() {
        return forTable(DynamoDbForTests.createRecordsTable());
    }

    public static Map<String, String> forTable(String tableName) {
        return Map.of(
                "TABLE_NAME", tableName,
                "DYNAMODB_ENDPOINT", DynamoDbForTests.endpoint().toString(),
                "AWS_REGION", "eu-west-2",
                "AWS_ACCESS_KEY_ID", "local",
                "AWS_SECRET_ACCESS_KEY", "local",
                "FINANCIAL_YEAR_START_MONTH", "4");
    }
}
