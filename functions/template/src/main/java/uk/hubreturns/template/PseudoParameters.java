package uk.hubreturns.template;

/** What {@code AWS::Region}, {@code AWS::AccountId} and friends stand for when the template runs locally. */
public record PseudoParameters(String region, String accountId, String stackName) {

    public static final PseudoParameters LOCAL = new PseudoParameters("eu-west-2", "123456789012", "hub-returns-local");

    String value(String name) {
        return switch (name) {
            case "AWS::Region" -> region;
            case "AWS::AccountId" -> accountId;
            case "AWS::StackName" -> stackName;
            case "AWS::Partition" -> "aws";
            case "AWS::URLSuffix" -> "amazonaws.com";
            default -> null;
        };
    }
}
