package uk.hubreturns.common.http;

import java.util.Optional;
import uk.hubreturns.common.domain.InvalidInputException;

/** Which page of a list to return: an opaque cursor from the previous page, and how many items. */
public record PageRequest(Optional<String> cursor, int limit) {

    public static final int MAX_LIMIT = 100;

    static final String NOT_A_CURSOR = "is not a cursor this list gave out; start again without it";

    /** A cursor that is not one this list gave out (mangled, or from another list, hub or quarter). */
    public static InvalidInputException notACursor() {
        return InvalidInputException.of("cursor", NOT_A_CURSOR);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }
}
