package uk.hubreturns.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the local tools need from template.yaml: parameters, DynamoDB tables and functions, in template order. */
public record SamTemplate(Map<String, Parameter> parameters, List<TableDefinition> tables, List<FunctionDefinition> functions) {

    public SamTemplate {
        parameters = Map.copyOf(parameters);
        tables = List.copyOf(tables);
        functions = List.copyOf(functions);
    }

    /** The template.yaml of the repository the working directory is in. */
    public static SamTemplate load() {
        return load(TemplateFile.find());
    }

    public static SamTemplate load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        } catch (InvalidTemplateException e) {
            throw new InvalidTemplateException(file + ": " + e.getMessage(), e);
        }
    }

    public static SamTemplate parse(String yaml) {
        return new SamTemplateReader(CloudFormationYaml.read(yaml), PseudoParameters.LOCAL).read();
    }

    public Optional<FunctionDefinition> function(String logicalId) {
        return functions.stream().filter(function -> function.logicalId().equals(logicalId)).findFirst();
    }

    public Optional<TableDefinition> table(String logicalId) {
        return tables.stream().filter(table -> table.logicalId().equals(logicalId)).findFirst();
    }
}
