package uk.hubreturns.common.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Every list in the API answers {@code {"items": [...], "nextCursor": "..." | null}}. */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /**
     * One page of a list already read whole (one item per quarter, so never long): the cursor names the last item
     * shown by its key, and the next page starts after it.
     */
    public static <T> Page<T> of(List<T> all, PageRequest request, Function<T, String> keyOf) {
        int from = 0;
        if (request.cursor().isPresent()) {
            String key;
            try {
                key = new String(Base64.getUrlDecoder().decode(request.cursor().get()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                key = null;
            }
            int last = -1;
            for (int i = 0; key != null && i < all.size(); i++) {
                if (keyOf.apply(all.get(i)).equals(key)) {
                    last = i;
                }
            }
            if (last < 0) {
                throw PageRequest.notACursor();
            }
            from = last + 1;
        }
        int to = Math.min(all.size(), from + request.limit());
        String next = to < all.size()
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(keyOf.apply(all.get(to - 1)).getBytes(StandardCharsets.UTF_8))
                : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }
}
