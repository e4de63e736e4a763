package uk.hubreturns.common.domain;

import java.util.List;
import java.util.Optional;

/** The request is refused as a whole; {@link #errors()} names every bad field, not only the first. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;
    private final String summary;

    public InvalidInputException(List<FieldError> errors) {
        this(errors, null);
    }

    /** {@code summary}: what the answer's {@code detail} says instead of counting the errors (some of them were left out). */
    public InvalidInputException(List<FieldError> errors, String summary) {
        super(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", null, false, false);
        this.errors = List.copyOf(errors);
        this.summary = summary;
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
