package uk.hubreturns.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javax.inject.Inject;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.common.json.ObjectInput;
import uk.hubreturns.common.rag.TargetDirection;

/** Validates agreement bodies (POST and PUT) and actuals bodies, naming every bad field at once. */
public final class AgreementRequestReader {

    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    /** Agreements run for a few years; ten keeps the list of quarters an agreement spans short. */
    static final int MAX_YEARS = 10;
    static final int MAX_TITLE = 200;
    static final int MAX_PROVIDER = 200;
    static final int MAX_MEASURES = 50;
    static final int MAX_MEASURE_NAME = 200;
    static final int MAX_UNIT = 40;
    static final int MAX_COMMENTARY = 4_000;
    static final int MAX_SCALE = 4;
    /** Far above any count, percentage or amount of pence a measure holds; beyond it is a typing error. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");
    /** A tolerance over 100% makes an AT_LEAST target's amber reach below zero; 1000% is generous for AT_MOST. */
    static final BigDecimal MAX_TOLERANCE_PERCENT = new BigDecimal("1000");

    private final JsonInput json;

    @Inject
    AgreementRequestReader(JsonInput json) {
        this.json = json;
    }

    AgreementDetails readAgreement(String body) {
        return json.read(body, AgreementRequestReader::agreement);
    }

    ActualsDetails readActuals(String body) {
        return readActuals(body, (measureIds, error) -> { });
    }

    /** The actuals, with {@code alsoCheck}'s problems about the measures named (even those whose values are wrong) among the body's. */
    ActualsDetails readActuals(String body, BiConsumer<Set<String>, BiConsumer<String, String>> alsoCheck) {
        return json.read(body, in -> {
            Map<String, BigDecimal> values = in.requiredDecimalsByKey("values", MAX_MEASURES, MAX_SCALE, MAX_VALUE.negate(), MAX_VALUE);
            alsoCheck.accept(values == null ? Set.of() : values.keySet(), in::addError);
            String commentary = in.optionalText("commentary", MAX_COMMENTARY);
            return new ActualsDetails(values == null ? Map.of() : withoutNulls(values), commentary);
        });
    }

    private static AgreementDetails agreement(ObjectInput in) {
        String title = in.requiredText("title", MAX_TITLE);
        String provider = in.requiredText("provider", MAX_PROVIDER);
        LocalDate startDate = date(in, "startDate");
        LocalDate endDate = date(in, "endDate");
        if (startDate != null && endDate != null) {
            if (endDate.isBefore(startDate)) {
                in.addError("endDate", "must not be before startDate (" + startDate + ")");
            } else if (!endDate.isBefore(startDate.plusYears(MAX_YEARS))) {
                in.addError("endDate", "must be less than " + MAX_YEARS + " years after startDate (before " + startDate.plusYears(MAX_YEARS) + ")");
            }
        }
        List<Measure> measures = in.requiredObjects("measures", 1, MAX_MEASURES, AgreementRequestReader::measure);
        if (measures != null) {
            Map<String, Integer> firstUse = new HashMap<>();
            for (int i = 0; i < measures.size(); i++) {
                String measureId = measures.get(i).measureId();
                Integer earlier = measureId == null ? null : firstUse.putIfAbsent(measureId, i);
                if (earlier != null) {
                    in.addError("measures[" + i + "].measureId", "must be unique: measures[" + earlier + "] has the id '" + measureId + "' already");
                }
            }
        }
        return new AgreementDetails(title, provider, startDate, endDate, measures);
    }

    private static LocalDate date(ObjectInput in, String name) {
        LocalDate date = in.requiredDate(name);
        if (date != null && date.isBefore(EARLIEST_DATE)) {
            in.addError(name, "must not be before " + EARLIEST_DATE);
            return null;
        }
        return date;
    }

    private static Measure measure(ObjectInput in) {
        String measureId = in.requiredText("measureId", MeasureIds.MAX_LENGTH);
        if (measureId != null && !MeasureIds.isValid(measureId)) {
            in.addError("measureId", MeasureIds.RULE);
            measureId = null;
        }
        return new Measure(
                measureId,
                in.requiredText("name", MAX_MEASURE_NAME),
                in.requiredText("unit", MAX_UNIT),
                in.requiredDecimal("target", MAX_SCALE, BigDecimal.ZERO, MAX_VALUE),
                in.requiredEnum("direction", TargetDirection.class),
                in.requiredDecimal("amberTolerancePercent", 2, BigDecimal.ZERO, MAX_TOLERANCE_PERCENT));
    }

    private static Map<String, BigDecimal> withoutNulls(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
