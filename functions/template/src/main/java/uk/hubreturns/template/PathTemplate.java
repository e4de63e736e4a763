package uk.hubreturns.template;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route path such as {@code /hubs/{hubId}/meetings} or {@code /files/{proxy+}}, matched against a raw
 * (still percent-encoded) request path one segment at a time, so an encoded slash stays inside its segment.
 */
final class PathTemplate {

    private enum Kind { GREEDY, PARAMETER, LITERAL }

    private record Segment(Kind kind, String text) {
    }

    private final String path;
    private final List<Segment> segments;

    private PathTemplate(String path, List<Segment> segments) {
        this.path = path;
        this.segments = segments;
    }

    static PathTemplate parse(String path) {
        List<Segment> segments = new ArrayList<>();
        List<String> parts = HttpRoute.DEFAULT_ROUTE.equals(path) ? List.of() : split(path);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("{") && part.endsWith("+}")) {
                if (i != parts.size() - 1) {
                    throw new InvalidTemplateException("In " + path + ", a greedy {" + part + "} must be the last segment.");
                }
                segments.add(new Segment(Kind.GREEDY, part.substring(1, part.length() - 2)));
            } else if (part.startsWith("{") && part.endsWith("}")) {
                segments.add(new Segment(Kind.PARAMETER, part.substring(1, part.length() - 1)));
            } else {
                segments.add(new Segment(Kind.LITERAL, part));
            }
        }
        return new PathTemplate(path, List.copyOf(segments));
    }

    /** The path parameters, decoded, when the raw path matches; empty when it does not (or cannot be decoded). */
    Optional<Map<String, String>> match(String rawPath) {
        if (path.equals(HttpRoute.DEFAULT_ROUTE)) {
            return Optional.of(Map.of());
        }
        List<String> parts = split(rawPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (segment.kind() == Kind.GREEDY) {
                return i < parts.size()
                        ? decode(String.join("/", parts.subList(i, parts.size()))).map(value -> with(parameters, segment.text(), value))
                        : Optional.empty();
            }
            if (i >= parts.size()) {
                return Optional.empty();
            }
            Optional<String> decoded = decode(parts.get(i));
            if (decoded.isEmpty() || decoded.get().isEmpty()) {
                return Optional.empty();
            }
            if (segment.kind() == Kind.LITERAL && !segment.text().equals(decoded.get())) {
                return Optional.empty();
            }
            if (segment.kind() == Kind.PARAMETER) {
                parameters.put(segment.text(), decoded.get());
            }
        }
        return parts.size() == segments.size() ? Optional.of(Map.copyOf(parameters)) : Optional.empty();
    }

    /**
     * Orders templates the way API Gateway prefers them when several match: segment by segment,
     * a literal beats a parameter, which beats a greedy parameter; {@code $default} comes last.
     */
    int compareSpecificity(PathTemplate other) {
        if (path.equals(HttpRoute.DEFAULT_ROUTE) || other.path.equals(HttpRoute.DEFAULT_ROUTE)) {
            return Boolean.compare(!path.equals(HttpRoute.DEFAULT_ROUTE), !other.path.equals(HttpRoute.DEFAULT_ROUTE));
        }
        for (int i = 0; i < Math.min(segments.size(), other.segments.size()); i++) {
            int byKind = segments.get(i).kind().compareTo(other.segments.get(i).kind());
            if (byKind != 0) {
                return byKind;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        parameters.put(name, value);
        return Map.copyOf(parameters);
    }

    private static List<String> split(String path) {
        String withoutLeadingSlash = path.startsWith("/") ? path.substring(1) : path;
        return Arrays.asList(withoutLeadingSlash.split("/", -1));
    }

    // Percent-decoding only: in a path, '+' is a plus sign, not a space.
    private static Optional<String> decode(String raw) {
        try {
            return Optional.of(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return path;
    }
}
