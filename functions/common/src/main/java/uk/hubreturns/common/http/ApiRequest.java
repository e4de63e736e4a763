package uk.hubreturns.common.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.security.Principal;
import uk.hubreturns.common.time.Quarter;

/** What a handler needs from an HTTP API (payload 2.0) event. */
public final class ApiRequest {

    /** 1 MB: far more than any JSON record the API takes, well under Lambda's 6 MB request limit. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final APIGatewayV2HTTPEvent event;
    private final Principal principal;
    private final boolean signedOffOnly;

    public ApiRequest(APIGatewayV2HTTPEvent event) {
        this(event, null, false);
    }

    ApiRequest(APIGatewayV2HTTPEvent event, Principal principal, boolean signedOffOnly) {
        this.event = event;
        this.principal = principal;
        this.signedOffOnly = signedOffOnly;
    }

    /** Who is calling, as the access policy saw them. */
    public Principal principal() {
        if (principal == null) {
            throw new IllegalStateException("This request was not authorised by ApiEndpoint");
        }
        return principal;
    }

    /** True for a partner: the returns they asked for may be shown only once their quarter is signed off. */
    public boolean signedOffOnly() {
        return signedOffOnly;
    }

    /** A path parameter the route declares; API Gateway always supplies it. */
    public String pathParameter(String name) {
        Map<String, String> parameters = event.getPathParameters();
        String value = parameters == null ? null : parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no path parameter {" + name + "}");
        }
        return value;
    }

    public Optional<String> queryParameter(String name) {
        Map<String, String> parameters = event.getQueryStringParameters();
        return Optional.ofNullable(parameters == null ? null : parameters.get(name)).filter(value -> !value.isEmpty());
    }

    public Optional<String> header(String name) {
        Map<String, String> headers = event.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(lowerCase))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The body as text; over {@link #MAX_BODY_BYTES} is a {@link PayloadTooLargeException}. */
    public String body() {
        return body(MAX_BODY_BYTES);
    }

    /** A JSON body as text: a body sent as anything but {@code application/json} is a {@link UnsupportedMediaTypeException}. */
    public String jsonBody() {
        String body = event.getBody();
        if (body != null && !body.isEmpty()) {
            requireMediaType("application/json");
        }
        return body();
    }

    /** The body as text, for the few actions (file uploads) that accept more than {@link #MAX_BODY_BYTES}. */
    public String body(int maxBytes) {
        return body(maxBytes, "The request body is larger than this action accepts (" + describeBytes(maxBytes) + ").");
    }

    /** As {@link #body(int)}, with what to tell the caller if the body is larger: a file upload says what to do instead. */
    public String body(int maxBytes, String tooLargeDetail) {
        String body = event.getBody();
        if (body == null) {
            return null;
        }
        String text;
        if (event.getIsBase64Encoded()) {
            // Base64 takes 4 characters for every 3 bytes: refuse before decoding anything far too big.
            if (body.length() / 4L * 3 > maxBytes + 2L) {
                throw new PayloadTooLargeException(tooLargeDetail);
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("$", "the body is not valid base64");
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                boolean spreadsheet = header("Content-Type").map(type -> type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")).orElse(false);
                throw InvalidInputException.of("$", "is not UTF-8 text, so it could not be read without changing it: " + (spreadsheet
                        ? "save the spreadsheet as 'CSV UTF-8 (comma delimited)' and upload it again" : "send it encoded as UTF-8"));
            }
        } else {
            text = body;
        }
        if (utf8Length(text, maxBytes) > maxBytes) {
            throw new PayloadTooLargeException(tooLargeDetail);
        }
        return text;
    }

    /**
     * Refuses a body whose Content-Type is not {@code mediaType} (parameters such as {@code charset=utf-8}
     * are allowed, any charset other than UTF-8 is not).
     */
    public void requireMediaType(String mediaType) {
        String contentType = header("Content-Type").orElse("");
        String[] parts = contentType.split(";");
        boolean matches = parts[0].trim().equalsIgnoreCase(mediaType);
        for (int i = 1; i < parts.length && matches; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset")) {
                String charset = parameter.length < 2 ? "" : parameter[1].trim().replace("\"", "");
                matches = charset.equalsIgnoreCase("utf-8") || charset.equalsIgnoreCase("utf8");
            }
        }
        if (!matches) {
            throw new UnsupportedMediaTypeException("This action reads a body of type " + mediaType + " in UTF-8; send it with the header "
                    + "'Content-Type: " + mediaType + "'" + (contentType.isBlank() ? "." : " (this request said '" + contentType + "')."));
        }
    }

    /** The paging the client asked for with {@code ?limit=} and {@code ?cursor=}; both are checked before either is refused. */
    public PageRequest pageRequest(int defaultLimit) {
        FieldErrors errors = new FieldErrors();
        PageRequest page = pageRequest(defaultLimit, errors);
        errors.throwIfAny();
        return page;
    }

    /**
     * The paging asked for, its problems added to {@code errors} (with those of the other parameters, so that one
     * answer names them all). A cursor is checked here only for its shape (every cursor this API gives out is
     * printable text in base64url); whether it belongs to the list is checked where the list is read.
     */
    public PageRequest pageRequest(int defaultLimit, FieldErrors errors) {
        Optional<String> cursor = queryParameter("cursor");
        if (cursor.isPresent() && !looksLikeACursor(cursor.get())) {
            errors.add("cursor", PageRequest.NOT_A_CURSOR);
        }
        Optional<String> limit = queryParameter("limit");
        if (limit.isEmpty()) {
            return new PageRequest(cursor, defaultLimit);
        }
        try {
            int value = Integer.parseInt(limit.get());
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return new PageRequest(cursor, value);
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        errors.add("limit", "must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
        return new PageRequest(cursor, defaultLimit);
    }

    private static boolean looksLikeACursor(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            if (bytes.length == 0) {
                return false;
            }
            for (byte b : bytes) {
                if (b < 0x20 || b > 0x7e) {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A quarter named in the query string, such as {@code ?quarter=2026-Q1}. */
    public Quarter requiredQuarter(String name) {
        FieldErrors errors = new FieldErrors();
        Quarter quarter = requiredQuarter(name, errors);
        errors.throwIfAny();
        return quarter;
    }

    /** A quarter named in the query string, or null with its problem added to {@code errors}. */
    public Quarter requiredQuarter(String name, FieldErrors errors) {
        Optional<String> text = queryParameter(name);
        if (text.isEmpty()) {
            errors.add(name, "is required: a quarter such as 2026-Q1 (April to June 2026)");
            return null;
        }
        Optional<Quarter> quarter = Quarter.parse(text.get());
        if (quarter.isEmpty()) {
            errors.add(name, "must be a quarter written YYYY-Qn, such as 2026-Q1");
        }
        return quarter.orElse(null);
    }

    /** The UTF-8 size of {@code text}, counted only as far as needed to know it is over {@code limit}. */
    private static long utf8Length(String text, int limit) {
        if (text.length() > limit) {
            return text.length();
        }
        long bytes = 0;
        for (int i = 0; i < text.length() && bytes <= limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String describeBytes(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /**
     * The version named by {@code If-Match} (the {@code ETag} the client read: {@code "3"}); a change to a
     * versioned record without one is refused (428) so no one overwrites a change they have not seen.
     */
    public long requiredVersion() {
        return optionalVersion().orElseThrow(() -> new PreconditionRequiredException(
                "Send If-Match with the ETag you got when you read this record, so a change made meanwhile is not overwritten."));
    }

    public Optional<Long> optionalVersion() {
        Optional<String> header = header("If-Match");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String tag = header.get().trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version > 0) {
                return Optional.of(version);
            }
        } catch (NumberFormatException e) {
            // same answer as a version out of range
        }
        throw InvalidInputException.of("If-Match", "must be the ETag you read, such as \"3\"");
    }

    public String requestId() {
        return event.getRequestContext() == null ? "unknown" : event.getRequestContext().getRequestId();
    }

    public String routeKey() {
        return event.getRouteKey();
    }
}
