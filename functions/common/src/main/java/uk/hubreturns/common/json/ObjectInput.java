package uk.hubreturns.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.hubreturns.common.domain.FieldErrors;

/**
 * Reads one JSON object field by field, recording a {@link uk.hubreturns.common.domain.FieldError}
 * for every field that is missing, of the wrong type or out of range instead of stopping at the first.
 * A method whose field is bad returns {@code null}; callers build domain objects only once
 * {@link FieldErrors#throwIfAny()} has passed.
 */
public final class ObjectInput {

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final JsonNode node;
    private final String path;
    private final FieldErrors errors;
    private final Set<String> readFields = new HashSet<>();

    private ObjectInput(JsonNode node, String path, FieldErrors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The object at {@code path}; records an error and reads as empty when {@code node} is not an object. */
    static ObjectInput of(JsonNode node, String path, FieldErrors errors) {
        if (node == null || !node.isObject()) {
            errors.add(path.isEmpty() ? "$" : path, "must be a JSON object");
            return new ObjectInput(JsonNodeFactory.instance.objectNode(), path, errors);
        }
        return new ObjectInput(node, path, errors);
    }

    public String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public void addError(String name, String message) {
        errors.add(path(name), message);
    }

    public boolean hasErrorAt(String name) {
        return errors.hasErrorAt(path(name));
    }

    public boolean isPresent(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public String requiredText(String name, int maxLength) {
        JsonNode value = required(name);
        return value == null ? null : text(value, path(name), maxLength, true);
    }

    /** The text, or {@code null} when the field is absent, null or blank. */
    public String optionalText(String name, int maxLength) {
        JsonNode value = optional(name);
        return value == null ? null : text(value, path(name), maxLength, false);
    }

    public LocalDate requiredDate(String name) {
        JsonNode value = required(name);
        return value == null ? null : date(value, path(name));
    }

    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        JsonNode value = required(name);
        return value == null ? null : constant(value, path(name), type);
    }

    public <E extends Enum<E>> E enumOrDefault(String name, Class<E> type, E fallback) {
        JsonNode value = optional(name);
        return value == null ? fallback : constant(value, path(name), type);
    }

    public Long requiredWholeNumber(String name, long min, long max) {
        JsonNode value = required(name);
        return value == null ? null : wholeNumber(value, path(name), min, max);
    }

    public Long wholeNumberOrDefault(String name, long min, long max, long fallback) {
        JsonNode value = optional(name);
        return value == null ? Long.valueOf(fallback) : wholeNumber(value, path(name), min, max);
    }

    public BigDecimal requiredDecimal(String name) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(path(name), "must be a number");
            return null;
        }
        return value.decimalValue();
    }

    /**
     * A number with at most {@code maxScale} decimal places, from {@code min} to {@code max} inclusive,
     * with trailing zeros dropped ({@code 12.50} reads as {@code 12.5}, {@code 1e3} as {@code 1000}).
     */
    public BigDecimal requiredDecimal(String name, int maxScale, BigDecimal min, BigDecimal max) {
        JsonNode value = required(name);
        return value == null ? null : decimal(value, path(name), maxScale, min, max);
    }

    /**
     * An object whose keys the client chooses and whose values are numbers read as by
     * {@link #requiredDecimal(String, int, BigDecimal, BigDecimal)}, such as {@code {"families-supported": 42}};
     * the keys keep their order and are the caller's to check. {@code null} when the field is bad.
     */
    public Map<String, BigDecimal> requiredDecimalsByKey(String name, int maxEntries, int maxScale, BigDecimal min, BigDecimal max) {
        JsonNode value = required(name);
        if (value == null) {
            return null;
        }
        String mapPath = path(name);
        if (!value.isObject()) {
            errors.add(mapPath, "must be a JSON object");
            return null;
        }
        if (value.size() > maxEntries) {
            errors.add(mapPath, "must have at most " + maxEntries + " entries");
            return null;
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            result.put(field.getKey(), decimal(field.getValue(), mapPath + "." + field.getKey(), maxScale, min, max));
        }
        return result;
    }

    /** A nested object, read by {@code reader}; {@code null} when absent and not required. */
    public <T> T object(String name, boolean required, Function<ObjectInput, T> reader) {
        JsonNode value = required ? required(name) : optional(name);
        if (value == null) {
            return null;
        }
        ObjectInput nested = of(value, path(name), errors);
        T result = reader.apply(nested);
        nested.rejectUnknownFields();
        return result;
    }

    public <T> List<T> requiredObjects(String name, int minItems, int maxItems, Function<ObjectInput, T> reader) {
        return list(name, true, minItems, maxItems, (element, elementPath) -> {
            ObjectInput nested = of(element, elementPath, errors);
            T result = reader.apply(nested);
            nested.rejectUnknownFields();
            return result;
        });
    }

    /** Like {@link #requiredObjects} but an absent field reads as an empty list. */
    public <T> List<T> optionalObjects(String name, int maxItems, Function<ObjectInput, T> reader) {
        return list(name, false, 0, maxItems, (element, elementPath) -> {
            ObjectInput nested = of(element, elementPath, errors);
            T result = reader.apply(nested);
            nested.rejectUnknownFields();
            return result;
        });
    }

    public List<String> requiredTexts(String name, int minItems, int maxItems, int maxLength) {
        return list(name, true, minItems, maxItems, (element, elementPath) -> text(element, elementPath, maxLength, true));
    }

    public List<String> optionalTexts(String name, int maxItems, int maxLength) {
        return list(name, false, 0, maxItems, (element, elementPath) -> text(element, elementPath, maxLength, true));
    }

    /** A list of distinct enum constants; {@code null} when the field is absent. */
    public <E extends Enum<E>> List<E> optionalDistinctEnums(String name, Class<E> type, int minItems) {
        if (optional(name) == null) {
            return null;
        }
        List<E> values = list(name, true, minItems, type.getEnumConstants().length * 2,
                (element, elementPath) -> constant(element, elementPath, type));
        if (values != null && values.stream().distinct().count() != values.size()) {
            errors.add(path(name), "must not name the same value twice");
        }
        return values;
    }

    void rejectUnknownFields() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!readFields.contains(name)) {
                errors.add(path(name), "is not a known field");
            }
        }
    }

    private JsonNode required(String name) {
        JsonNode value = optional(name);
        if (value == null) {
            errors.add(path(name), "is required");
        }
        return value;
    }

    private JsonNode optional(String name) {
        readFields.add(name);
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private interface ElementReader<T> {
        T read(JsonNode element, String elementPath);
    }

    private <T> List<T> list(String name, boolean required, int minItems, int maxItems, ElementReader<T> reader) {
        JsonNode value = required ? required(name) : optional(name);
        if (value == null) {
            return required ? null : List.of();
        }
        String listPath = path(name);
        if (!value.isArray()) {
            errors.add(listPath, "must be a list");
            return null;
        }
        if (value.size() < minItems) {
            errors.add(listPath, minItems == 1 ? "must have at least one entry" : "must have at least " + minItems + " entries");
        }
        if (value.size() > maxItems) {
            errors.add(listPath, "must have at most " + maxItems + " entries");
            return null;
        }
        List<T> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            result.add(reader.read(value.get(i), listPath + "[" + i + "]"));
        }
        return result;
    }

    private String text(JsonNode value, String fieldPath, int maxLength, boolean required) {
        if (!value.isTextual()) {
            errors.add(fieldPath, "must be a string");
            return null;
        }
        String text = value.textValue().strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(fieldPath, "must not be empty");
            }
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(fieldPath, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(fieldPath, "must not contain control characters");
            return null;
        }
        return text;
    }

    private LocalDate date(JsonNode value, String fieldPath) {
        if (!value.isTextual() || !DATE_SHAPE.matcher(value.textValue()).matches()) {
            errors.add(fieldPath, "must be a date written YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(value.textValue(), STRICT_DATE);
        } catch (DateTimeParseException e) {
            errors.add(fieldPath, "is not a real calendar date");
            return null;
        }
    }

    private <E extends Enum<E>> E constant(JsonNode value, String fieldPath, Class<E> type) {
        if (value.isTextual()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.textValue())) {
                    return constant;
                }
            }
        }
        errors.add(fieldPath, "must be one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private Long wholeNumber(JsonNode value, String fieldPath, long min, long max) {
        if (!value.isNumber()) {
            errors.add(fieldPath, "must be a number");
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            BigDecimal decimal = value.decimalValue();
            if (decimal.stripTrailingZeros().scale() > 0) {
                errors.add(fieldPath, "must be a whole number");
                return null;
            }
            if (decimal.compareTo(BigDecimal.valueOf(min)) < 0 || decimal.compareTo(BigDecimal.valueOf(max)) > 0) {
                errors.add(fieldPath, rangeMessage(min, max));
                return null;
            }
            return decimal.longValueExact();
        }
        long number = value.longValue();
        if (number < min || number > max) {
            errors.add(fieldPath, rangeMessage(min, max));
            return null;
        }
        return number;
    }

    private BigDecimal decimal(JsonNode value, String fieldPath, int maxScale, BigDecimal min, BigDecimal max) {
        if (!value.isNumber()) {
            errors.add(fieldPath, "must be a number");
            return null;
        }
        BigDecimal number = value.decimalValue();
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            errors.add(fieldPath, "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            errors.add(fieldPath, maxScale == 0 ? "must be a whole number" : "must have at most " + maxScale + " decimal places");
            return null;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String rangeMessage(long min, long max) {
        return min == 0 && max == Long.MAX_VALUE ? "must not be negative" : "must be between " + min + " and " + max;
    }
}
