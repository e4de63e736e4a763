package uk.hubreturns.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class CloudFormationYamlTest {

    private static JsonNode json(String json) throws Exception {
        return JsonMapper.builder().build().readTree(json);
    }

    @Test
    void aPlainYamlReaderKeepsTheTaggedValueButDropsTheTag() throws Exception {
        JsonNode plain = new YAMLMapper().readTree("Name: !Ref RecordsTable\n");

        assertThat(plain.get("Name").asText()).isEqualTo("RecordsTable");
    }

    @Test
    void turnsShortFormTagsIntoTheLongForm() throws Exception {
        JsonNode tree = CloudFormationYaml.read("""
                A: !Ref RecordsTable
                B: !Sub 'arn:${AWS::Partition}:x'
                C: !GetAtt RecordsTable.StreamArn
                D: !Join [',', [a, !Ref B]]
                E: !Sub
                  - '${x}-y'
                  - x: !Ref A
                F: !If [IsProd, !Ref A, !Ref AWS::NoValue]
                """);

        assertThat(tree).isEqualTo(json("""
                {"A": {"Ref": "RecordsTable"},
                 "B": {"Fn::Sub": "arn:${AWS::Partition}:x"},
                 "C": {"Fn::GetAtt": ["RecordsTable", "StreamArn"]},
                 "D": {"Fn::Join": [",", ["a", {"Ref": "B"}]]},
                 "E": {"Fn::Sub": ["${x}-y", {"x": {"Ref": "A"}}]},
                 "F": {"Fn::If": ["IsProd", {"Ref": "A"}, {"Ref": "AWS::NoValue"}]}}
                """));
    }

    @Test
    void keepsScalarsAndStandardTagsAsPlainValues() throws Exception {
        JsonNode tree = CloudFormationYaml.read("""
                Number: 4
                Quoted: "4"
                Explicit: !!str 5
                Flag: true
                Folded: >
                  one
                  two
                """);

        assertThat(tree).isEqualTo(json("""
                {"Number": 4, "Quoted": "4", "Explicit": "5", "Flag": true, "Folded": "one two\\n"}
                """));
    }

    @Test
    void reportsInvalidYaml() {
        assertThatThrownBy(() -> CloudFormationYaml.read("A: [unclosed\n"))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageStartingWith("The template is not valid YAML");
    }
}
