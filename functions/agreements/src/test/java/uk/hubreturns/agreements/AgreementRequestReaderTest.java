package uk.hubreturns.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;
import uk.hubreturns.common.json.JsonInput;
import uk.hubreturns.common.rag.TargetDirection;
import uk.hubreturns.devkit.SampleEvents;

class AgreementRequestReaderTest {

    private static final ObjectMapper JSON = uk.hubreturns.devkit.TestJson.mapper();

    private final AgreementRequestReader reader = new AgreementRequestReader(new JsonInput());

    static ObjectNode sampleAgreement() throws IOException {
        return (ObjectNode) JSON.readTree(SampleEvents.httpApi("create-agreement").getBody());
    }

    private static String sampleWith(Consumer<ObjectNode> change) throws IOException {
        ObjectNode body = sampleAgreement();
        change.accept(body);
        return body.toString();
    }

    private List<FieldError> agreementErrors(String body) {
        return catchThrowableOfType(InvalidInputException.class, () -> reader.readAgreement(body)).errors();
    }

    @Test
    void readsTheSampleAgreementFromEvents() throws IOException {
        AgreementDetails details = reader.readAgreement(sampleAgreement().toString());

        assertThat(details.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(details.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(details.measures()).extracting(Measure::measureId).containsExactly("families-supported", "first-contact-days", "satisfaction");
        assertThat(details.measures().get(1)).isEqualTo(new Measure("first-contact-days", "Average days from referral to first contact",
                "days", new BigDecimal("5"), TargetDirection.AT_MOST, new BigDecimal("20")));
    }

    @Test
    void anAgreementMayStartAndEndOnTheSameDay() throws IOException {
        assertThat(reader.readAgreement(sampleWith(b -> b.put("endDate", "2026-04-01"))).endDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theEndDateMayNotBeBeforeTheStartDate() throws IOException {
        assertThat(agreementErrors(sampleWith(b -> b.put("endDate", "2026-03-31"))))
                .containsExactly(new FieldError("endDate", "must not be before startDate (2026-04-01)"));
    }

    @Test
    void anAgreementRunsForLessThanTenYears() throws IOException {
        assertThat(reader.readAgreement(sampleWith(b -> b.put("endDate", "2036-03-31"))).endDate()).isEqualTo(LocalDate.of(2036, 3, 31));
        assertThat(agreementErrors(sampleWith(b -> b.put("endDate", "2036-04-01"))))
                .containsExactly(new FieldError("endDate", "must be less than 10 years after startDate (before 2036-04-01)"));
    }

    @Test
    void measureIdsMustBeUniqueSlugs() throws IOException {
        List<FieldError> errors = agreementErrors(sampleWith(b -> {
            ((ObjectNode) b.withArray("measures").get(1)).put("measureId", "families-supported");
            ((ObjectNode) b.withArray("measures").get(2)).put("measureId", "Satisfaction %");
        }));

        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("measures[2].measureId", MeasureIds.RULE),
                new FieldError("measures[1].measureId", "must be unique: measures[0] has the id 'families-supported' already"));
    }

    @Test
    void namesEveryBadFieldOfAnAgreementAndItsMeasures() throws IOException {
        List<FieldError> errors = agreementErrors(sampleWith(b -> {
            b.remove("provider");
            b.put("title", "");
            b.put("startDate", "2026-02-30");
            ObjectNode measure = (ObjectNode) b.withArray("measures").get(0);
            measure.put("target", -1);
            measure.put("direction", "ABOUT");
            measure.put("amberTolerancePercent", -5);
            measure.remove("unit");
            ((ObjectNode) b.withArray("measures").get(1)).put("target", "five");
            ((ObjectNode) b.withArray("measures").get(2)).put("amberTolerancePercent", 2.555);
            b.put("owner", "someone");
        }));

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "provider", "title", "startDate", "measures[0].target", "measures[0].direction", "measures[0].amberTolerancePercent",
                "measures[0].unit", "measures[1].target", "measures[2].amberTolerancePercent", "owner");
        assertThat(errors).contains(
                new FieldError("measures[0].target", "must be between 0 and 1000000000000"),
                new FieldError("measures[0].amberTolerancePercent", "must be between 0 and 1000"),
                new FieldError("measures[2].amberTolerancePercent", "must have at most 2 decimal places"));
    }

    @Test
    void anAgreementHasAtLeastOneMeasure() throws IOException {
        assertThat(agreementErrors(sampleWith(b -> b.putArray("measures"))))
                .containsExactly(new FieldError("measures", "must have at least one entry"));
    }

    @Test
    void aZeroToleranceAndAZeroTargetAreAllowed() throws IOException {
        AgreementDetails details = reader.readAgreement(sampleWith(b -> {
            ((ObjectNode) b.withArray("measures").get(0)).put("amberTolerancePercent", 0).put("target", 0);
        }));

        assertThat(details.measures().get(0).amberTolerancePercent()).isEqualByComparingTo("0");
        assertThat(details.measures().get(0).target()).isEqualByComparingTo("0");
    }

    @Test
    void readsTheSampleActuals() throws IOException {
        ActualsDetails details = reader.readActuals(SampleEvents.httpApi("record-actuals").getBody());

        assertThat(details.values()).containsEntry("families-supported", new BigDecimal("37"))
                .containsEntry("first-contact-days", new BigDecimal("4.5")).hasSize(3);
        assertThat(details.commentary()).startsWith("Two support worker posts");
    }

    @Test
    void actualsAreNumbersAndTheCommentaryIsOptional() {
        assertThat(reader.readActuals("{\"values\": {}}").values()).isEmpty();
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> reader.readActuals("{\"values\": {\"a\": \"many\", \"b\": 1.23456}, \"commentary\": 5, \"extra\": 1}")).errors())
                .containsExactlyInAnyOrder(
                        new FieldError("values.a", "must be a number"),
                        new FieldError("values.b", "must have at most 4 decimal places"),
                        new FieldError("commentary", "must be a string"),
                        new FieldError("extra", "is not a known field"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> reader.readActuals("{}")).errors())
                .containsExactly(new FieldError("values", "is required"));
    }
}
