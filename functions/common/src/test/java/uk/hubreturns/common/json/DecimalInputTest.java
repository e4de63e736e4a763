package uk.hubreturns.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.hubreturns.common.domain.FieldError;
import uk.hubreturns.common.domain.InvalidInputException;

class DecimalInputTest {

    private static final BigDecimal MIN = new BigDecimal("-1000");
    private static final BigDecimal MAX = new BigDecimal("1000");

    private final JsonInput json = new JsonInput();

    private BigDecimal readAmount(String number) {
        return json.read("{\"amount\": " + number + "}", in -> in.requiredDecimal("amount", 2, MIN, MAX));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"12.50, 12.5", "1e3, 1000", "1000, 1000", "-1000, -1000", "0.01, 0.01", "0, 0", "7.000, 7"})
    void readsExactDecimalsWithoutTrailingZeros(String number, String expected) {
        BigDecimal amount = readAmount(number);

        assertThat(amount.toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1000.01 | must be between -1000 and 1000",
            "-1000.5 | must be between -1000 and 1000",
            "1e999999 | must be between -1000 and 1000",
            "0.001 | must have at most 2 decimal places",
            "\"12\" | must be a number",
            "null | is required"})
    void refusesNumbersOutOfRangeTooPreciseOrNotNumbers(String number, String message) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> readAmount(number));

        assertThat(refused.errors()).containsExactly(new FieldError("amount", message));
    }

    @Test
    void readsNumbersByKeyInOrderAndNamesEachBadOne() {
        Map<String, BigDecimal> values = json.read("{\"values\": {\"b\": 2, \"a\": 1.5}}",
                in -> in.requiredDecimalsByKey("values", 3, 2, MIN, MAX));

        assertThat(values).containsExactly(Map.entry("b", new BigDecimal("2")), Map.entry("a", new BigDecimal("1.5")));

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> json.read(
                "{\"values\": {\"ok\": 1, \"words\": \"x\", \"huge\": 5000}}",
                in -> in.requiredDecimalsByKey("values", 3, 2, MIN, MAX)));
        assertThat(refused.errors()).containsExactly(
                new FieldError("values.words", "must be a number"),
                new FieldError("values.huge", "must be between -1000 and 1000"));
    }

    @Test
    void numbersByKeyMustBeAnObjectOfLimitedSize() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> json.read("{\"values\": [1]}",
                in -> in.requiredDecimalsByKey("values", 3, 2, MIN, MAX))).errors())
                .containsExactly(new FieldError("values", "must be a JSON object"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> json.read("{\"values\": {\"a\":1,\"b\":2}}",
                in -> in.requiredDecimalsByKey("values", 1, 2, MIN, MAX))).errors())
                .containsExactly(new FieldError("values", "must have at most 1 entries"));
    }
}
