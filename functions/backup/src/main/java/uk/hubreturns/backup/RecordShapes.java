package uk.hubreturns.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import uk.hubreturns.agreements.AgreementKeys;
import uk.hubreturns.common.dynamodb.QuarterSortKeys;
import uk.hubreturns.common.hub.HubKeys;
import uk.hubreturns.common.hub.Sector;
import uk.hubreturns.common.ledger.DynamoDbAuditLog;
import uk.hubreturns.common.rag.TargetDirection;
import uk.hubreturns.common.time.Quarter;
import uk.hubreturns.meetings.ActionStatus;
import uk.hubreturns.common.dynamodb.DatedRecordKeys;
import uk.hubreturns.meetings.MeetingType;
import uk.hubreturns.volunteering.Activity;
import uk.hubreturns.volunteering.ImportStatus;
import uk.hubreturns.volunteering.VolunteerKeys;

/**
 * What each kind of record holds, attribute by attribute: the DynamoDB type the application writes and its readers
 * expect, and for text the form they parse (a date, an instant, a decimal, one of a set of names). A restore checks
 * every item against its kind, so that an export changed by hand cannot put in a record that the API would then fail
 * to read. An attribute is required where a reader cannot do without it (a {@code long} or {@code int} field, a list
 * it copies, a value it parses); the others may be missing or null. An attribute no kind of record has is refused
 * too: an export holds only what the application wrote. Values are never quoted in a problem, since they may be names.
 * {@code RecordShapesTest} holds each description against the table schema the application writes that kind with.
 */
final class RecordShapes {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One value's shape: its DynamoDB type, and what is wrong with a value at {@code path}, or null. */
    sealed interface Shape permits Text, WholeNumber, TextSet, ListOf, MapOf, Document {
        AttributeValue.Type type();

        String problemWith(String path, AttributeValue value);
    }

    record Attribute(Shape shape, boolean required) {
    }

    /**
     * A kind of record: its name in a problem ("a meeting"), its attributes besides pk and sk, and how its keys follow
     * from what it holds.
     */
    record Kind(String name, Map<String, Attribute> attributes, List<KeyRule> keyRules) {
    }

    /**
     * A key the application builds from a record's own values ({@code form} says how, for a problem), checked once the
     * attributes are known to be well-formed: a record whose keys and values disagree would be listed in one quarter
     * and counted in another, or be out of reach of the hub it names.
     */
    record KeyRule(String key, String form, BiPredicate<String, Map<String, AttributeValue>> agrees) {
    }

    /** Text; {@code what} is the form it must have, as a problem names it. */
    record Text(String what, Predicate<String> valid) implements Shape {
        @Override
        public AttributeValue.Type type() {
            return AttributeValue.Type.S;
        }

        @Override
        public String problemWith(String path, AttributeValue value) {
            if (value.s() == null) {
                return path + " must be " + (what.equals("text") ? "text (S)" : "text (S) holding " + what) + ", not " + typeOf(value);
            }
            return valid.test(value.s()) ? null : path + " must be " + what;
        }
    }

    /** A number read into a {@code long} or an {@code int}: a decimal point or a value out of range fails the reader. */
    record WholeNumber(String what, long min, long max) implements Shape {
        @Override
        public AttributeValue.Type type() {
            return AttributeValue.Type.N;
        }

        @Override
        public String problemWith(String path, AttributeValue value) {
            if (value.n() == null) {
                return path + " must be " + what + ", not " + typeOf(value);
            }
            try {
                long number = Long.parseLong(value.n());
                return number >= min && number <= max ? null : path + " must be " + what;
            } catch (NumberFormatException e) {
                return path + " must be " + what;
            }
        }
    }

    /** DynamoDB refuses a set holding a value twice, which would stop a restore part-way: so it is refused here, first. */
    record TextSet() implements Shape {
        @Override
        public AttributeValue.Type type() {
            return AttributeValue.Type.SS;
        }

        @Override
        public String problemWith(String path, AttributeValue value) {
            if (!value.hasSs()) {
                return path + " must be a set of text (SS), not " + typeOf(value);
            }
            return new HashSet<>(value.ss()).size() == value.ss().size() ? null : path + " must not hold the same text twice";
        }
    }

    record ListOf(Shape element) implements Shape {
        @Override
        public AttributeValue.Type type() {
            return AttributeValue.Type.L;
        }

        @Override
        public String problemWith(String path, AttributeValue value) {
            if (!value.hasL()) {
                return path + " must be a list (L), not " + typeOf(value);
            }
            List<AttributeValue> elements = value.l();
            for (int index = 0; index < elements.size(); index++) {
                String problem = element.problemWith(path + "[" + index + "]", elements.get(index));
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
    }

    /** A map whose keys are data (a measure id), every value of one shape. */
    record MapOf(Shape value) implements Shape {
        @Override
        public AttributeValue.Type type() {
            return AttributeValue.Type.M;
        }

        @Override
        public String problemWith(String path, AttributeValue map) {
            if (!map.hasM()) {
                return path + " must be a map (M), not " + typeOf(map);
            }
            for (Map.Entry<String, AttributeValue> entry : map.m().entrySet()) {
                String problem = value.problemWith(path + "." + entry.getKey(), entry.getValue());
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
    }

    /** A map with named fields, as the Enhanced Client writes a nested item (an attendee, an action, a measure). */
    record Document(Map<String, Attribute> fields) implements Shape {
        @Override
        public AttributeValue.Type type() {
            return AttributeValue.Type.M;
        }

        @Override
        public String problemWith(String path, AttributeValue value) {
            if (!value.hasM()) {
                return path + " must be a map (M), not " + typeOf(value);
            }
            for (Map.Entry<String, AttributeValue> field : value.m().entrySet()) {
                Attribute expected = fields.get(field.getKey());
                if (expected == null) {
                    return path + " has no field " + field.getKey();
                }
                String problem = RecordShapes.problemWith(path + "." + field.getKey(), field.getValue(), expected);
                if (problem != null) {
                    return problem;
                }
            }
            for (Map.Entry<String, Attribute> field : fields.entrySet()) {
                if (field.getValue().required() && !value.m().containsKey(field.getKey())) {
                    return path + " needs the field " + field.getKey();
                }
            }
            return null;
        }
    }

    private static final Shape TEXT = new Text("text", value -> true);
    private static final Shape DATE = new Text("a date (YYYY-MM-DD)", parses(LocalDate::parse));
    private static final Shape INSTANT = new Text("an instant (such as 2026-05-14T09:30:00Z)", parses(Instant::parse));
    private static final Shape QUARTER = new Text("a quarter (such as 2026-Q1)", value -> Quarter.parse(value).isPresent());
    private static final Shape DECIMAL = new Text("a decimal number written as text", parses(BigDecimal::new));
    private static final Shape JSON_OBJECT = new Text("a JSON object written as text", RecordShapes::isJsonObject);
    private static final Shape LONG = new WholeNumber("a whole number (N)", Long.MIN_VALUE, Long.MAX_VALUE);
    private static final Shape INT = new WholeNumber("a whole number (N) of at most " + Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE);
    private static final Shape TEXT_LIST = new ListOf(TEXT);
    private static final Shape TEXT_SET = new TextSet();
    private static final Shape SECTOR = oneOf(Sector.values());

    private static final Shape PARTICIPANT = new Document(fields(
            optional("name", TEXT), optional("organisation", TEXT), required("sector", SECTOR)));

    private static final Shape ACTION = new Document(fields(
            optional("actionId", TEXT), optional("description", TEXT), optional("owner", TEXT), required("dueDate", DATE),
            required("status", oneOf(ActionStatus.values()))));

    private static final Shape QUARTER_TOTALS = new Document(fields(
            required("quarter", QUARTER), required("totalMinutes", LONG), required("distinctVolunteers", INT)));

    private static final Shape MEASURE = new Document(fields(
            required("measureId", TEXT), required("name", TEXT), optional("unit", TEXT), required("target", DECIMAL),
            required("direction", oneOf(TargetDirection.values())), required("amberTolerancePercent", DECIMAL)));

    private static final Kind HUB = new Kind("a hub", fields(
            required("hubId", TEXT), required("name", TEXT), optional("area", TEXT), required("annualBudgetPence", LONG),
            required("requiredSectors", new ListOf(SECTOR)), required("createdAt", INSTANT), optional("createdBy", TEXT),
            required("updatedAt", INSTANT), optional("updatedBy", TEXT), optional("version", LONG)),
            List.of(sortKey(HubKeys::hubSortKey, "hubId")));

    private static final Kind MEETING = new Kind("a meeting", fields(
            required("quarterSk", TEXT), required("meetingId", TEXT), optional("hubId", TEXT), required("date", DATE),
            required("type", oneOf(MeetingType.values())), optional("title", TEXT), required("chairs", TEXT_LIST),
            required("attendees", new ListOf(PARTICIPANT)), required("apologies", new ListOf(PARTICIPANT)),
            required("decisions", TEXT_LIST), required("actions", new ListOf(ACTION)), required("costPence", LONG),
            required("createdAt", INSTANT), optional("createdBy", TEXT), required("updatedAt", INSTANT), optional("updatedBy", TEXT),
            optional("version", LONG)),
            List.of(sortKey(DatedRecordKeys.MEETINGS::sortKey, "meetingId"), datedQuarterKey(DatedRecordKeys.MEETINGS, "meetingId")));

    private static final Kind VOLUNTEER_ENTRY = new Kind("a volunteer entry", fields(
            required("quarterSk", TEXT), required("entryId", TEXT), optional("hubId", TEXT), required("volunteerRef", TEXT),
            required("date", DATE), required("minutes", INT), required("activity", oneOf(Activity.values())),
            optional("note", TEXT), optional("importId", TEXT), optional("importSeq", LONG), required("createdAt", INSTANT),
            optional("createdBy", TEXT), optional("version", LONG)),
            List.of(sortKey(DatedRecordKeys.VOLUNTEER_ENTRIES::sortKey, "entryId"), datedQuarterKey(DatedRecordKeys.VOLUNTEER_ENTRIES, "entryId")));

    private static final Kind VOLUNTEER_IMPORT = new Kind("a volunteer-hours import", fields(
            required("importId", TEXT), optional("hubId", TEXT), required("status", oneOf(ImportStatus.values())),
            required("rowCount", INT), required("importSeq", LONG), required("startedAt", INSTANT),
            optional("completedAt", INSTANT), optional("writingUntil", LONG), optional("quarters", new ListOf(QUARTER_TOTALS))),
            List.of(sortKey(VolunteerKeys::importSortKey, "importId")));

    private static final Kind IMPORT_LEDGER = new Kind("a hub's import ledger", fields(
            optional("lastImportSeq", LONG), optional("inProgress", TEXT_SET)),
            List.of());

    private static final Kind AGREEMENT = new Kind("an agreement", fields(
            required("agreementId", TEXT), optional("hubId", TEXT), required("title", TEXT), optional("provider", TEXT),
            required("startDate", DATE), required("endDate", DATE), required("measures", new ListOf(MEASURE)),
            required("createdAt", INSTANT), optional("createdBy", TEXT), required("updatedAt", INSTANT), optional("updatedBy", TEXT),
            optional("version", LONG)),
            List.of(sortKey(AgreementKeys::agreementSortKey, "agreementId")));

    private static final Kind ACTUALS = new Kind("an agreement's actuals", fields(
            required("quarterSk", TEXT), required("agreementId", TEXT), optional("hubId", TEXT), required("quarter", QUARTER),
            required("values", new MapOf(DECIMAL)), optional("commentary", TEXT), required("updatedAt", INSTANT),
            optional("updatedBy", TEXT), optional("version", LONG)),
            List.of(new KeyRule("sk", "ACTUALS#, its agreementId, # and its quarter",
                            (sk, item) -> sk.equals(AgreementKeys.actualsSortKey(text(item, "agreementId"), text(item, "quarter")))),
                    new KeyRule("quarterSk", "Q#, its quarter, #ACTUALS# and its agreementId",
                            (quarterSk, item) -> quarterSk.equals(AgreementKeys.actualsQuarterSortKey(text(item, "quarter"),
                                    text(item, "agreementId"))))));

    private static final Kind HUB_RETURN = new Kind("a hub's return", fields(required("quarter", QUARTER), required("body", JSON_OBJECT)),
            List.of(sortKey(quarter -> "RETURN#" + quarter, "quarter")));

    private static final Kind COUNTY_RETURN = new Kind("the county return", fields(required("quarter", QUARTER), required("body", JSON_OBJECT)),
            List.of(sortKey(quarter -> "COUNTY#" + quarter, "quarter")));

    private static final Kind VOLUNTEER_REFS = new Kind("a hub's volunteers of a quarter", fields(optional("refs", TEXT_SET)),
            List.of(quarterAfter("VOLREFS#")));

    private static final Kind SIGN_OFF = new Kind("a quarter's sign-off", fields(
            required("status", oneOf(Set.of("FINAL", "DRAFT"))), optional("signedOffBy", TEXT), optional("signedOffAt", INSTANT),
            optional("reopenedBy", TEXT), optional("reopenedAt", INSTANT)),
            List.of(quarterAfter("SIGNOFF#")));

    private static final Kind AUDIT_ENTRY = new Kind("an audit entry", fields(
            required("at", INSTANT), optional("subject", TEXT), optional("route", TEXT), optional("path", TEXT),
            required("status", INT), optional("hubId", TEXT), optional("versionBefore", TEXT), optional("versionAfter", TEXT),
            optional("requestId", TEXT)),
            List.of());

    private RecordShapes() {
    }

    /** What is wrong with the item's attributes, or null; its pk and sk are text already. */
    static String problemWith(Map<String, AttributeValue> item) {
        String pk = item.get("pk").s();
        String sk = item.get("sk").s();
        Kind kind = kindOf(pk, sk);
        if (kind == null) {
            return "sk \"" + sk + "\" is not a kind of record Hub Returns keeps under pk \"" + pk + "\"";
        }
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            String name = attribute.getKey();
            if (name.equals("pk") || name.equals("sk")) {
                continue;
            }
            Attribute expected = kind.attributes().get(name);
            if (expected == null) {
                return kind.name() + " has no attribute " + name;
            }
            String problem = problemWith(name, attribute.getValue(), expected);
            if (problem != null) {
                return kind.name() + "'s " + problem;
            }
        }
        for (Map.Entry<String, Attribute> attribute : kind.attributes().entrySet()) {
            if (attribute.getValue().required() && !item.containsKey(attribute.getKey())) {
                return kind.name() + " needs the attribute " + attribute.getKey();
            }
        }
        return keysProblem(kind, pk, item);
    }

    /** Whether the record's keys are the ones the application would have given what it holds; its hubId names its partition's hub. */
    private static String keysProblem(Kind kind, String pk, Map<String, AttributeValue> item) {
        String hubId = text(item, "hubId");
        if (hubId != null && !pk.equals(HubKeys.HUBS_PARTITION) && !pk.equals(HubKeys.recordsPartition(hubId))
                && !pk.equals(DynamoDbAuditLog.partitionKey(hubId))) {
            return kind.name() + "'s hubId must be the hub its pk names";
        }
        for (KeyRule rule : kind.keyRules()) {
            String key = text(item, rule.key());
            if (key == null || !rule.agrees().test(key, item)) {
                return kind.name() + "'s " + rule.key() + " must be " + rule.form();
            }
        }
        return null;
    }

    /** An sk the application builds from one id; the problem names its prefix, which the builder gives an empty id. */
    private static KeyRule sortKey(UnaryOperator<String> build, String idAttribute) {
        return new KeyRule("sk", build.apply("") + " and its " + idAttribute, (sk, item) -> sk.equals(build.apply(text(item, idAttribute))));
    }

    /**
     * A dated record's quarterSk ({@code Q#<quarter>#<KIND>#<date>#<id>}), as the application builds it from the quarter
     * its date fell in, the date and the id. Which quarter that is depends on the deployment's financial year, which an
     * export does not hold: the quarter the key names is taken, and the key must be the one built from it.
     */
    private static KeyRule datedQuarterKey(DatedRecordKeys keys, String idAttribute) {
        return new KeyRule("quarterSk", "Q#, a quarter, #" + keys.kind() + "#, its date, # and its " + idAttribute, (quarterSk, item) -> {
            Optional<Quarter> quarter = QuarterSortKeys.quarterOf(quarterSk);
            return quarter.isPresent() && quarterSk.equals(keys.quarterSortKey(quarter.get().id(), text(item, "date"), text(item, idAttribute)));
        });
    }

    private static KeyRule quarterAfter(String prefix) {
        return new KeyRule("sk", prefix + " and a quarter (such as " + prefix + "2026-Q1)",
                (sk, item) -> sk.startsWith(prefix) && Quarter.parse(sk.substring(prefix.length())).isPresent());
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** The kind of record kept under these keys, or null if Hub Returns keeps none there. */
    static Kind kindOf(String pk, String sk) {
        if (pk.equals("HUBS")) {
            return sk.startsWith("HUB#") ? HUB : null;
        }
        if (pk.equals("RETURNS")) {
            return sk.startsWith("COUNTY#") ? COUNTY_RETURN : sk.startsWith("SIGNOFF#") ? SIGN_OFF : null;
        }
        if (pk.startsWith("AUDIT#")) {
            return AUDIT_ENTRY;
        }
        if (sk.equals("IMPORT_LEDGER")) {
            return IMPORT_LEDGER;
        }
        String prefix = sk.contains("#") ? sk.substring(0, sk.indexOf('#') + 1) : sk;
        return switch (prefix) {
            case "MEETING#" -> MEETING;
            case "VOLUNTEER#" -> VOLUNTEER_ENTRY;
            case "IMPORT#" -> VOLUNTEER_IMPORT;
            case "AGREEMENT#" -> AGREEMENT;
            case "ACTUALS#" -> ACTUALS;
            case "RETURN#" -> HUB_RETURN;
            case "VOLREFS#" -> VOLUNTEER_REFS;
            default -> null;
        };
    }

    private static String problemWith(String path, AttributeValue value, Attribute expected) {
        if (value.nul() != null && value.nul()) {
            return expected.required() ? path + " must have a value, not null (NULL)" : null;
        }
        return expected.shape().problemWith(path, value);
    }

    @SafeVarargs
    private static Map<String, Attribute> fields(Map.Entry<String, Attribute>... fields) {
        return Map.ofEntries(fields);
    }

    private static Map.Entry<String, Attribute> required(String name, Shape shape) {
        return Map.entry(name, new Attribute(shape, true));
    }

    private static Map.Entry<String, Attribute> optional(String name, Shape shape) {
        return Map.entry(name, new Attribute(shape, false));
    }

    private static Shape oneOf(Enum<?>[] values) {
        return oneOf(Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    private static Shape oneOf(Set<String> names) {
        return new Text("one of " + names.stream().sorted().collect(Collectors.joining(", ")), names::contains);
    }

    private static String typeOf(AttributeValue value) {
        return switch (value.type()) {
            case S -> "text (S)";
            case N -> "a number (N)";
            case B -> "binary (B)";
            case SS -> "a set of text (SS)";
            case NS -> "a set of numbers (NS)";
            case BS -> "a set of binary (BS)";
            case M -> "a map (M)";
            case L -> "a list (L)";
            case BOOL -> "true or false (BOOL)";
            case NUL -> "null (NULL)";
            default -> "a value of another type";
        };
    }

    private static Predicate<String> parses(Function<String, ?> parser) {
        return value -> {
            try {
                parser.apply(value);
                return true;
            } catch (DateTimeParseException | NumberFormatException e) {
                return false;
            }
        };
    }

    private static boolean isJsonObject(String value) {
        try {
            return JSON.readTree(value).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
