package uk.hubreturns.common.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with a request before any of it is acted on. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean hasErrorAt(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
