package uk.hubreturns.common.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.jr.ob.JSON;
import dagger.Lazy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.ledger.AuditEntry;
import uk.hubreturns.common.ledger.AuditLog;
import uk.hubreturns.common.ledger.CurrentActor;
import uk.hubreturns.common.ledger.IdempotencyStore;
import uk.hubreturns.common.ledger.StoredResponse;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.inject.Inject;
import javax.inject.Singleton;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.domain.RecordConflictException;
import uk.hubreturns.common.domain.RecordNotFoundException;
import uk.hubreturns.common.domain.TemporarilyUnavailableException;
import uk.hubreturns.common.security.AccessPolicy;
import uk.hubreturns.common.security.Decision;
import uk.hubreturns.common.security.Principal;

/**
 * Runs one API action and turns its result, or its failure, into the HTTP response.
 * Known failures become 4xx problem+json; anything else is logged once and becomes a bare 500.
 */
@Singleton
public final class ApiEndpoint {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    /** Enough of a stack to find the fault (each cause's innermost frames), short enough for one log line. */
    private static final int MAX_LOGGED_FRAMES = 15;
    private static final int MAX_LOGGED_CAUSES = 5;

    private final JSON json;
    // Built at the first write that needs them, so that a read's cold start does not build their table schemas.
    private final Lazy<IdempotencyStore> idempotency;
    private final Lazy<AuditLog> audit;
    private final Clock clock;
    private final FailureClassifier failures;

    @Inject
    public ApiEndpoint(JSON json, Lazy<IdempotencyStore> idempotency, Lazy<AuditLog> audit, Clock clock, FailureClassifier failures) {
        this.json = json;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
        this.failures = failures;
    }

    /**
     * Authorises the caller, answers a repeated {@code Idempotency-Key} from memory, runs the action as the caller,
     * and records a successful write in the audit log. Nothing runs for a refused or repeated request.
     */
    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Context context, Function<ApiRequest, ApiResponse> action) {
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response = handleTimed(event, context, action);
        log(context, InvocationLog.line(event, response.getStatusCode(), (System.nanoTime() - started) / 1_000_000));
        return response;
    }

    private APIGatewayV2HTTPResponse handleTimed(APIGatewayV2HTTPEvent event, Context context, Function<ApiRequest, ApiResponse> action) {
        ApiRequest unauthorised = new ApiRequest(event);
        ApiRequest request;
        try {
            request = authorised(event);
        } catch (RuntimeException e) {
            return failure(e, context, unauthorised);
        }
        String method = method(event);
        Optional<String> key = method.equals("POST") ? request.header("Idempotency-Key") : Optional.empty();
        if (key.isPresent() && !IDEMPOTENCY_KEY.matcher(key.get()).matches()) {
            return problem(Problem.invalidRequest(List.of(new FieldError("Idempotency-Key",
                    "must be 1 to 100 letters, digits or . _ : - (a UUID is ideal)"))));
        }
        String scopedKey = key.map(value -> request.principal().subject() + "#" + value).orElse(null);
        String fingerprint = key.isPresent() ? fingerprint(event) : null;
        if (scopedKey != null) {
            IdempotencyStore.Claim claim = idempotency.get().claim(scopedKey, fingerprint, clock.instant());
            if (claim instanceof IdempotencyStore.Replay replay) {
                return replayed(replay.response());
            }
            if (claim instanceof IdempotencyStore.DifferentRequest) {
                return problem(Problem.idempotencyKeyReused());
            }
            if (claim instanceof IdempotencyStore.InProgress) {
                return problem(Problem.conflict("A request with this Idempotency-Key is still being handled; try again in a moment."),
                        Map.of("Retry-After", "1"));
            }
        }
        APIGatewayV2HTTPResponse response = CurrentActor.runAs(request.principal().subject(), () -> run(action, request, context));
        if (scopedKey != null) {
            if (response.getStatusCode() < 500) {
                idempotency.get().complete(scopedKey, fingerprint, new StoredResponse(response.getStatusCode(), response.getHeaders(),
                        response.getBody(), response.getIsBase64Encoded()), clock.instant());
            } else {
                idempotency.get().release(scopedKey);
            }
        }
        if (!method.equals("GET") && response.getStatusCode() < 300) {
            record(event, request, response, context);
        }
        return response;
    }

    private APIGatewayV2HTTPResponse run(Function<ApiRequest, ApiResponse> action, ApiRequest request, Context context) {
        try {
            return toResponse(action.apply(request));
        } catch (RuntimeException e) {
            return failure(e, context, request);
        }
    }

    private APIGatewayV2HTTPResponse failure(RuntimeException failure, Context context, ApiRequest request) {
        if (failure instanceof UnauthorizedException e) {
            return problem(Problem.unauthorized(e.getMessage()), Map.of("WWW-Authenticate", "Bearer"));
        }
        if (failure instanceof ForbiddenException e) {
            return problem(Problem.forbidden(e.getMessage()));
        }
        if (failure instanceof InvalidInputException e) {
            return problem(e.summary().map(summary -> Problem.invalidRequest(e.errors(), summary)).orElseGet(() -> Problem.invalidRequest(e.errors())));
        }
        if (failure instanceof RecordNotFoundException e) {
            return problem(Problem.notFound(e.getMessage()));
        }
        if (failure instanceof MethodNotAllowedException e) {
            return problem(Problem.methodNotAllowed(e.getMessage()), Map.of("Allow", String.join(", ", e.allowedMethods())));
        }
        if (failure instanceof PreconditionRequiredException e) {
            return problem(Problem.preconditionRequired(e.getMessage()));
        }
        if (failure instanceof PreconditionFailedException e) {
            return problem(Problem.preconditionFailed(e.getMessage()));
        }
        if (failure instanceof RecordConflictException e) {
            return problem(Problem.conflict(e.getMessage()));
        }
        if (failure instanceof PayloadTooLargeException e) {
            return problem(Problem.payloadTooLarge(e.getMessage()));
        }
        if (failure instanceof UnsupportedMediaTypeException e) {
            return problem(Problem.unsupportedMediaType(e.getMessage()));
        }
        if (failure instanceof TemporarilyUnavailableException e) {
            logTemporaryFailure(context, request, e);
            return problem(Problem.temporarilyUnavailable(e.getMessage()), Map.of("Retry-After", Integer.toString(e.retryAfterSeconds())));
        }
        if (failures.isRecordTooLarge(failure)) {
            return problem(Problem.payloadTooLarge("This record would be larger than the database keeps in one item (400 KB), so "
                    + "nothing was saved. Shorten its longest texts, or split them across records, and send it again."));
        }
        java.util.OptionalInt retryAfter = failures.retryAfterSeconds(failure);
        if (retryAfter.isPresent()) {
            logTemporaryFailure(context, request, failure);
            return problem(Problem.temporarilyUnavailable("The database is busy and nothing was saved. Please try again in a moment."),
                    Map.of("Retry-After", Integer.toString(retryAfter.getAsInt())));
        }
        logUnexpected(context, request, failure);
        return problem(Problem.internalError(request.requestId()));
    }

    // A write that succeeded is recorded even if recording fails: the record is kept, the gap is logged loudly.
    private void record(APIGatewayV2HTTPEvent event, ApiRequest request, APIGatewayV2HTTPResponse response, Context context) {
        String hubId = event.getPathParameters() == null ? null : event.getPathParameters().get("hubId");
        // A create is kept at the address of the record it made, not of the collection it was sent to.
        String location = response.getHeaders() == null ? null : response.getHeaders().get("Location");
        if (hubId == null && event.getRouteKey() != null && event.getRouteKey().equals("POST /hubs") && location != null) {
            hubId = location.substring(location.lastIndexOf('/') + 1);
        }
        String after = response.getHeaders() == null ? null : response.getHeaders().get("ETag");
        AuditEntry entry = new AuditEntry(clock.instant(), request.principal().subject(), event.getRouteKey(),
                location != null ? location : event.getRawPath(), response.getStatusCode(), hubId, request.header("If-Match").orElse(null),
                after, request.requestId());
        try {
            audit.get().append(entry);
        } catch (RuntimeException e) {
            log(context, "{\"level\":\"ERROR\",\"requestId\":\"" + request.requestId() + "\",\"route\":\"" + request.routeKey()
                    + "\",\"error\":\"audit entry not written: " + e.getClass().getName() + "\"}");
        }
    }

    private static APIGatewayV2HTTPResponse replayed(StoredResponse stored) {
        Map<String, String> headers = new HashMap<>(stored.headers());
        headers.put("Idempotent-Replayed", "true");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(stored.status()).withHeaders(headers)
                .withBody(stored.body()).withIsBase64Encoded(stored.base64Encoded()).build();
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        if (event.getRequestContext() != null && event.getRequestContext().getHttp() != null
                && event.getRequestContext().getHttp().getMethod() != null) {
            return event.getRequestContext().getHttp().getMethod();
        }
        String routeKey = event.getRouteKey() == null ? "" : event.getRouteKey();
        return routeKey.contains(" ") ? routeKey.substring(0, routeKey.indexOf(' ')) : routeKey;
    }

    private static String fingerprint(APIGatewayV2HTTPEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((event.getRouteKey() + "\n" + event.getRawPath() + "\n").getBytes(StandardCharsets.UTF_8));
            if (event.getBody() != null) {
                sha256.update(event.getBody().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Checks the caller against the access policy before the action runs, so a refusal writes nothing. */
    private static ApiRequest authorised(APIGatewayV2HTTPEvent event) {
        Principal principal = Principal.from(event).orElseThrow(() ->
                new UnauthorizedException("Sign in first: this needs a valid bearer token in the Authorization header."));
        String hubId = event.getPathParameters() == null ? null : event.getPathParameters().get("hubId");
        Decision decision = AccessPolicy.decide(event.getRouteKey(), principal, hubId);
        if (decision == Decision.DENY) {
            throw new ForbiddenException(hubId == null
                    ? "Your role does not allow this."
                    : "Your role does not allow this for hub '" + hubId + "'.");
        }
        return new ApiRequest(event, principal, decision == Decision.ALLOW_IF_SIGNED_OFF);
    }

    private APIGatewayV2HTTPResponse toResponse(ApiResponse response) {
        Map<String, String> headers = baseHeaders("application/json");
        headers.putAll(response.headers());
        if (response.body() instanceof FileBody file) {
            headers.put("Content-Type", file.contentType());
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(response.status())
                    .withHeaders(headers)
                    .withBody(Base64.getEncoder().encodeToString(file.bytes()))
                    .withIsBase64Encoded(true)
                    .build();
        }
        if (response.body() == null) {
            headers.remove("Content-Type");
            return APIGatewayV2HTTPResponse.builder().withStatusCode(response.status()).withHeaders(headers).build();
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(headers)
                .withBody(write(response.body()))
                .build();
    }

    private APIGatewayV2HTTPResponse problem(Problem problem) {
        return problem(problem, Map.of());
    }

    private APIGatewayV2HTTPResponse problem(Problem problem, Map<String, String> extraHeaders) {
        Map<String, String> headers = baseHeaders(Problem.CONTENT_TYPE);
        headers.putAll(extraHeaders);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(problem.status())
                .withHeaders(headers)
                .withBody(write(problem))
                .build();
    }

    private static Map<String, String> baseHeaders(String contentType) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("Cache-Control", "no-store");
        return headers;
    }

    private String write(Object body) {
        try {
            return json.asString(body);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise a " + body.getClass().getSimpleName(), e);
        }
    }

    // Request bodies and query strings may carry people's names, so only the route and request id are logged.
    /**
     * One JSON line: the failure's type and where it happened, every cause's too, but never an exception's message,
     * which can quote a stored value (a name in a field that should have held a number).
     */
    private static void logUnexpected(Context context, ApiRequest request, RuntimeException failure) {
        StringBuilder trace = new StringBuilder();
        int causes = 0;
        for (Throwable cause = failure; cause != null && causes++ < MAX_LOGGED_CAUSES; cause = cause.getCause() == cause ? null : cause.getCause()) {
            trace.append(trace.length() == 0 ? "\"" : ",\"caused by ").append(cause.getClass().getName()).append('"');
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_LOGGED_FRAMES); i++) {
                trace.append(",\"at ").append(frames[i].toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        log(context, "{\"level\":\"ERROR\",\"requestId\":\"" + request.requestId() + "\",\"route\":\"" + request.routeKey()
                + "\",\"error\":\"" + failure.getClass().getName() + "\",\"trace\":[" + trace + "]}");
    }

    // A 503 is expected now and then (throttling, a network blip): one line naming the root cause's type, not its message.
    private static void logTemporaryFailure(Context context, ApiRequest request, RuntimeException failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        log(context, "{\"level\":\"WARN\",\"requestId\":\"" + request.requestId() + "\",\"route\":\""
                + request.routeKey() + "\",\"error\":\"" + cause.getClass().getName() + "\"}");
    }

    private static void log(Context context, String line) {
        if (context != null && context.getLogger() != null) {
            context.getLogger().log(line + "\n");
        } else {
            System.err.println(line);
        }
    }
}
