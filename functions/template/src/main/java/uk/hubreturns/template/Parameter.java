package uk.hubreturns.template;

import java.util.Optional;

public record Parameter(String name, String type, Optional<String> defaultValue) {
}
