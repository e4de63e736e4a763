package uk.hubreturns.common.domain;

/** One reason a request was refused, naming the field by its JSON path (e.g. {@code attendees[2].sector}). */
public record FieldError(String field, String message) {
}
