package uk.hubreturns.common.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.hubreturns.common.domain.FieldErrors;

/**
 * Reads one JSON object (as parsed by {@link JsonInput}: maps, lists, strings, numbers, booleans) field by field, recording a {@link uk.hubreturns.common.domain.FieldError}
 * for every field that is missing, of the wrong type or out of range instead of stopping at the first.
 * A method whose field is bad returns {@code null}; callers build domain objects only once
 * {@link FieldErrors#throwIfAny()} has passed.
 */
public final class ObjectInput {

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, Object> node;
    private final String path;
    private final FieldErrors errors;
    private final Set<String> readFields = new HashSet<>();

    private ObjectInput(Map<String, Object> node, String path, FieldErrors errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The object at {@code path}; records an error and reads as empty when {@code node} is not an object. */
    @SuppressWarnings("unchecked")
    static ObjectInput of(Object node, String path, FieldErrors errors) {
        if (!(node instanceof Map)) {
            errors.add(path.isEmpty() ? "$" : path, "must be a JSON object");
            return new ObjectInput(Map.of(), path, errors);
        }
        return new ObjectInput((Map<String, Object>) node, path, errors);
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
        return node.get(name) != null;
    }

    public String requiredText(String name, int maxLength) {
        Object value = required(name);
        return value == null ? null : text(value, path(name), maxLength, true);
    }

    /** The text, or {@code null} when the field is absent, null or blank. */
    public String optionalText(String name, int maxLength) {
        Object value = optional(name);
        return value == null ? null : text(value, path(name), maxLength, false);
    }

    public LocalDate requiredDate(String name) {
        Object value = required(name);
        return value == null ? null : date(value, path(name));
    }

    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        Object value = required(name);
        return value == null ? null : constant(value, path(name), type);
    }

    public <E extends Enum<E>> E enumOrDefault(String name, Class<E> type, E fallback) {
        Object value = optional(name);
        return value == null ? fallback : constant(value, path(name), type);
    }

    public Long requiredWholeNumber(String name, long min, long max) {
        Object value = required(name);
        return value == null ? null : wholeNumber(value, path(name), min, max);
    }

    public Long wholeNumberOrDefault(String name, long min, long max, long fallback) {
        Object value = optional(name);
        return value == null ? Long.valueOf(fallback) : wholeNumber(value, path(name), min, max);
    }

    public BigDecimal requiredDecimal(String name) {
        Object value = required(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            errors.add(path(name), "must be a number");
            return null;
        }
        return decimalValue(number);
    }

    /**
     * A number with at most {@code maxScale} decimal places, from {@code min} to {@code max} inclusive,
     * with trailing zeros dropped ({@code 12.50} reads as {@code 12.5}, {@code 1e3} as {@code 1000}).
     */
    public BigDecimal requiredDecimal(String name, int maxScale, BigDecimal min, BigDecimal max) {
        Object value = required(name);
        return value == null ? null : decimal(value, path(name), maxScale, min, max);
    }

    /**
     * An object whose keys the client chooses and whose values are numbers read as by
     * {@link #requiredDecimal(String, int, BigDecimal, BigDecimal)}, such as {@code {"families-supported": 42}};
     * the keys keep their order and are the caller's to check. {@code null} when the field is bad.
     */
    public Map<String, BigDecimal> requiredDecimalsByKey(String name, int maxEntries, int maxScale, BigDecimal min, BigDecimal max) {
        Object value = required(name);
        if (value == null) {
            return null;
        }
        String mapPath = path(name);
        if (!(value instanceof Map<?, ?> entries)) {
            errors.add(mapPath, "must be a JSON object");
            return null;
        }
        if (entries.size() > maxEntries) {
            errors.add(mapPath, "must have at most " + maxEntries + " entries");
            return null;
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        entries.forEach((key, entry) -> result.put((String) key, decimal(entry, mapPath + "." + key, maxScale, min, max)));
        return result;
    }

    /** A nested object, read by {@code reader}; {@code null} when absent and not required. */
    public <T> T object(String name, boolean required, Function<ObjectInput, T> reader) {
        Object value = required ? required(name) : optional(name);
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
        for (String name : node.keySet()) {
            if (!readFields.contains(name)) {
                errors.add(path(name), "is not a known field");
            }
        }
    }

    private Object required(String name) {
        Object value = optional(name);
        if (value == null) {
            errors.add(path(name), "is required");
        }
        return value;
    }

    private Object optional(String name) {
        readFields.add(name);
        return node.get(name);
    }

    private interface ElementReader<T> {
        T read(Object element, String elementPath);
    }

    private <T> List<T> list(String name, boolean required, int minItems, int maxItems, ElementReader<T> reader) {
        Object value = required ? required(name) : optional(name);
        if (value == null) {
            return required ? null : List.of();
        }
        String listPath = path(name);
        if (!(value instanceof List<?> elements)) {
            errors.add(listPath, "must be a list");
            return null;
        }
        if (elements.size() < minItems) {
            errors.add(listPath, minItems == 1 ? "must have at least one entry" : "must have at least " + minItems + " entries");
        }
        if (elements.size() > maxItems) {
            errors.add(listPath, "must have at most " + maxItems + " entries");
            return null;
        }
        List<T> result = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            result.add(reader.read(elements.get(i), listPath + "[" + i + "]"));
        }
        return result;
    }

    private String text(Object value, String fieldPath, int maxLength, boolean required) {
        if (!(value instanceof String string)) {
            errors.add(fieldPath, "must be a string");
            return null;
        }
        String text = string.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(fieldPath, "must not be empty");
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(fieldPath, "must be at most " + maxLength + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(fieldPath, "must not contain control characters");
            return null;
        }
        if (hasUnpairedSurrogate(text)) {
            errors.add(fieldPath, "must be valid Unicode text (it holds half of a character, such as an emoji cut in two)");
            return null;
        }
        return text;
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private LocalDate date(Object value, String fieldPath) {
        if (!(value instanceof String text) || !DATE_SHAPE.matcher(text).matches()) {
            errors.add(fieldPath, "must be a date written YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(text, STRICT_DATE);
        } catch (DateTimeParseException e) {
            errors.add(fieldPath, "is not a real calendar date");
            return null;
        }
    }

    private <E extends Enum<E>> E constant(Object value, String fieldPath, Class<E> type) {
        if (value instanceof String text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
        }
        errors.add(fieldPath, "must be one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    private Long wholeNumber(Object value, String fieldPath, long min, long max) {
        if (!(value instanceof Number number)) {
            errors.add(fieldPath, "must be a number");
            return null;
        }
        if (!(number instanceof Integer || number instanceof Long)) {
            BigDecimal decimal = decimalValue(number);
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
        long whole = number.longValue();
        if (whole < min || whole > max) {
            errors.add(fieldPath, rangeMessage(min, max));
            return null;
        }
        return whole;
    }

    private BigDecimal decimal(Object value, String fieldPath, int maxScale, BigDecimal min, BigDecimal max) {
        if (!(value instanceof Number parsed)) {
            errors.add(fieldPath, "must be a number");
            return null;
        }
        BigDecimal number = decimalValue(parsed);
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

    private static BigDecimal decimalValue(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger whole) {
            return new BigDecimal(whole);
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static String rangeMessage(long min, long max) {
        return min == 0 && max == Long.MAX_VALUE ? "must not be negative" : "must be between " + min + " and " + max;
    }
}
