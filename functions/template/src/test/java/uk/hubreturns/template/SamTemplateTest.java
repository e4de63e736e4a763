package uk.hubreturns.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.hubreturns.template.TableDefinition.AttributeDefinition;
import uk.hubreturns.template.TableDefinition.KeyElement;
import uk.hubreturns.template.TableDefinition.Projection;
import uk.hubreturns.template.TableDefinition.SecondaryIndex;

class SamTemplateTest {

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: test
              StartMonth:
                Type: Number
                Default: 4
            Globals:
              Function:
                CodeUri: functions/shared.zip
                Timeout: 10
                Environment:
                  Variables:
                    TABLE_NAME: !Ref Named
                    START_MONTH: !Ref StartMonth
                    OVERRIDDEN: global
            Resources:
              Named:
                Type: AWS::DynamoDB::Table
                Properties:
                  TableName: !Sub 'returns-${Stage}'
                  BillingMode: PAY_PER_REQUEST
                  AttributeDefinitions:
                    - AttributeName: pk
                      AttributeType: S
                    - AttributeName: gsi1pk
                      AttributeType: S
                  KeySchema:
                    - AttributeName: pk
                      KeyType: HASH
                  GlobalSecondaryIndexes:
                    - IndexName: byOwner
                      KeySchema:
                        - AttributeName: gsi1pk
                          KeyType: HASH
                      Projection:
                        ProjectionType: INCLUDE
                        NonKeyAttributes: [name]
              Unnamed:
                Type: AWS::DynamoDB::Table
                Properties:
                  AttributeDefinitions:
                    - AttributeName: id
                      AttributeType: N
                  KeySchema:
                    - AttributeName: id
                      KeyType: HASH
                  TimeToLiveSpecification:
                    AttributeName: expiresAt
                    Enabled: false
              Api:
                Type: AWS::Serverless::HttpApi
              ReadFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: uk.example.ReadHandler::handleRequest
                  Environment:
                    Variables:
                      OVERRIDDEN: own
                      TABLE_ARN: !GetAtt Named.Arn
                      OTHER_TABLE: !Sub '${Unnamed}/${AWS::Region}/${!Literal}'
                      JOINED: !Join ['-', [a, !Ref Stage]]
                  Events:
                    Read:
                      Type: HttpApi
                      Properties:
                        ApiId: !Ref Api
                        Path: /things/{thingId}
                        Method: get
                    Everything:
                      Type: HttpApi
              NightlyFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: functions/nightly.zip
                  Handler: uk.example.NightlyHandler
                  Timeout: 60
                  MemorySize: 512
                  Events:
                    Nightly:
                      Type: ScheduleV2
                      Properties:
                        ScheduleExpression: cron(0 2 * * ? *)
                        ScheduleExpressionTimezone: Europe/London
                        Input: '{"job":"rollup"}'
            """;

    private final SamTemplate template = SamTemplate.parse(TEMPLATE);

    @Test
    void readsParametersWithTheirDefaults() {
        assertThat(template.parameters()).containsOnlyKeys("Stage", "StartMonth");
        assertThat(template.parameters().get("StartMonth")).isEqualTo(new Parameter("StartMonth", "Number", Optional.of("4")));
    }

    @Test
    void readsTablesWithTheirKeysIndexesAndTimeToLive() {
        assertThat(template.table("Named")).contains(new TableDefinition("Named", "returns-test", "PAY_PER_REQUEST",
                List.of(new AttributeDefinition("pk", "S"), new AttributeDefinition("gsi1pk", "S")),
                List.of(new KeyElement("pk", "HASH")),
                List.of(),
                List.of(new SecondaryIndex("byOwner", List.of(new KeyElement("gsi1pk", "HASH")), new Projection("INCLUDE", List.of("name")))),
                Optional.empty()));
        TableDefinition unnamed = template.table("Unnamed").orElseThrow();
        assertThat(unnamed.tableName()).isEqualTo("Unnamed");
        assertThat(unnamed.billingMode()).isEqualTo("PROVISIONED");
        assertThat(unnamed.timeToLiveAttribute()).as("TTL is disabled").isEmpty();
    }

    @Test
    void resolvesEachFunctionsEnvironmentOverTheGlobals() {
        assertThat(template.function("ReadFunction").orElseThrow().environment()).isEqualTo(Map.of(
                "TABLE_NAME", "returns-test",
                "START_MONTH", "4",
                "OVERRIDDEN", "own",
                "TABLE_ARN", "arn:aws:dynamodb:eu-west-2:123456789012:table/returns-test",
                "OTHER_TABLE", "Unnamed/eu-west-2/${Literal}",
                "JOINED", "a-test"));
        assertThat(template.function("NightlyFunction").orElseThrow().environment()).containsEntry("OVERRIDDEN", "global");
    }

    @Test
    void readsHandlersCodeAndEvents() {
        FunctionDefinition read = template.function("ReadFunction").orElseThrow();
        FunctionDefinition nightly = template.function("NightlyFunction").orElseThrow();

        assertThat(read.handler()).isEqualTo(new HandlerName("uk.example.ReadHandler", "handleRequest"));
        assertThat(read.codeUri()).contains("functions/shared.zip");
        assertThat(read.timeoutSeconds()).isEqualTo(10);
        assertThat(read.memorySizeMb()).isEqualTo(FunctionDefinition.DEFAULT_MEMORY_SIZE_MB);
        assertThat(nightly.timeoutSeconds()).isEqualTo(60);
        assertThat(nightly.memorySizeMb()).isEqualTo(512);
        assertThat(read.httpRoutes()).containsExactly(
                new HttpRoute("Read", "GET", "/things/{thingId}"),
                new HttpRoute("Everything", "ANY", "$default"));
        assertThat(read.schedules()).isEmpty();
        assertThat(nightly.handler()).isEqualTo(new HandlerName("uk.example.NightlyHandler", "handleRequest"));
        assertThat(nightly.codeUri()).contains("functions/nightly.zip");
        assertThat(nightly.schedules()).containsExactly(new Schedule("Nightly", "Nightly", "cron(0 2 * * ? *)",
                Optional.of("Europe/London"), Optional.of("{\"job\":\"rollup\"}")));
        assertThat(template.functions()).extracting(FunctionDefinition::logicalId).containsExactly("ReadFunction", "NightlyFunction");
    }

    @Test
    void aParameterWithoutDefaultCannotBeResolved() {
        assertThatThrownBy(() -> SamTemplate.parse(function("""
                      Environment:
                        Variables:
                          STAGE: !Ref Stage
                """).replace("Resources:", "Parameters:\n  Stage:\n    Type: String\nResources:")))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessage("OnlyFunction environment variable STAGE refers to the parameter Stage, which has no Default:"
                        + " give it one, since the local runtime uses parameter defaults.");
    }

    @Test
    void aReferenceToNothingIsAnError() {
        assertThatThrownBy(() -> SamTemplate.parse(function("""
                      Environment:
                        Variables:
                          TABLE: !Ref Missing
                """)))
                .hasMessage("OnlyFunction environment variable TABLE refers to Missing, which is neither a parameter nor a resource of the template.");
    }

    @Test
    void anIntrinsicTheLocalRuntimeCannotWorkOutIsAnError() {
        assertThatThrownBy(() -> SamTemplate.parse(function("""
                      Environment:
                        Variables:
                          ZONE: !Select [0, !GetAZs '']
                """)))
                .hasMessageStartingWith("OnlyFunction environment variable ZONE is {\"Fn::Select\"");
    }

    @Test
    void anEventTypeThatIsNotModelledIsAnError() {
        assertThatThrownBy(() -> SamTemplate.parse(function("""
                      Events:
                        Queue:
                          Type: SQS
                """)))
                .hasMessageStartingWith("OnlyFunction event Queue has Type SQS, which the local tools do not model yet");
    }

    private static String function(String properties) {
        return """
                Resources:
                  OnlyFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: uk.example.Handler::handleRequest
                """ + properties;
    }
}
