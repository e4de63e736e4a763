package uk.hubreturns.common.http;

import java.util.Optional;

/** Which page of a list to return: an opaque cursor from the previous page, and how many items. */
public record PageRequest(Optional<String> cursor, int limit) {

    public static final int MAX_LIMIT = 100;

    public static PageRequest first(int limit) {
        return new PageRequest(Optional.empty(), limit);
    }
}
