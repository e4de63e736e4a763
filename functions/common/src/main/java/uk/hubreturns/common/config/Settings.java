package uk.hubreturns.common.config;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Named configuration values. On Lambda they come from environment variables that
 * template.yaml sets; the local runtime and tests supply them as JVM system properties,
 * which take precedence because environment variables cannot be set in-process.
 */
public final class Settings {

    private final UnaryOperator<String> lookup;

    private Settings(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    public static Settings fromEnvironment() {
        return new Settings(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(name);
        });
    }

    public static Settings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return new Settings(copy::get);
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "The setting " + name + " is missing: set it as an environment variable (template.yaml does this on AWS)."));
    }

    public Optional<String> optional(String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public int requiredInt(String name) {
        String value = required(name);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The setting " + name + " must be a whole number, but is '" + value + "'.", e);
        }
    }
}
