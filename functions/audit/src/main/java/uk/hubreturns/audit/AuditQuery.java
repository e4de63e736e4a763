package uk.hubreturns.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.hubreturns.common.domain.FieldErrors;
import uk.hubreturns.common.http.ApiRequest;
import uk.hubreturns.common.http.PageRequest;
import uk.hubreturns.common.time.QuarterCalendar;

/**
 * {@code ?hubId=&from=&to=}: a hub (none: county-wide writes such as hubs and sign-off), and a period given as
 * dates (London) or instants, {@code from} inclusive and {@code to} exclusive; by default the last 30 days.
 */
record AuditQuery(String hubId, Instant from, Instant to, PageRequest page) {

    private static final Pattern HUB_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    static final int DEFAULT_PAGE_SIZE = 50;

    static AuditQuery of(ApiRequest request, Clock clock) {
        FieldErrors errors = new FieldErrors();
        String hubId = request.queryParameter("hubId").orElse(null);
        if (hubId != null && !HUB_ID.matcher(hubId).matches()) {
            errors.add("hubId", "must be a hub id: lower-case letters, digits and hyphens");
        }
        Instant to = moment(request.queryParameter("to"), "to", errors).orElse(clock.instant());
        Instant from = moment(request.queryParameter("from"), "from", errors).orElse(to.minus(DEFAULT_PERIOD));
        if (!from.isBefore(to)) {
            errors.add("from", "must be before to");
        }
        PageRequest page = request.pageRequest(DEFAULT_PAGE_SIZE, errors);
        errors.throwIfAny();
        return new AuditQuery(hubId, from, to, page);
    }

    private static Optional<Instant> moment(Optional<String> text, String field, FieldErrors errors) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(text.get().length() == 10
                    ? LocalDate.parse(text.get()).atStartOfDay(QuarterCalendar.LONDON).toInstant()
                    : Instant.parse(text.get()));
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date such as 2026-05-14 or a moment such as 2026-05-14T09:30:00Z");
            return Optional.empty();
        }
    }
}
