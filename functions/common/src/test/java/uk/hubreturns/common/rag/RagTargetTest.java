package uk.hubreturns.common.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagTargetTest {

    @ParameterizedTest(name = "at least 100 with 10% tolerance: {0} is {1}")
    @CsvSource({
            "150, GREEN",
            "100.0001, GREEN",
            "100, GREEN",
            "100.00, GREEN",
            "99.9999, AMBER",
            "95, AMBER",
            "90.0001, AMBER",
            "90, AMBER",
            "90.000, AMBER",
            "89.9999, RED",
            "0, RED",
            "-5, RED"})
    void atLeastIsGreenFromTheTargetAndAmberDownToTheToleranceInclusive(String actual, RagRating expected) {
        RagTarget target = new RagTarget(new BigDecimal("100"), TargetDirection.AT_LEAST, new BigDecimal("10"));

        assertThat(target.rate(new BigDecimal(actual))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "at most 20 with 5% tolerance: {0} is {1}")
    @CsvSource({
            "0, GREEN",
            "19.9999, GREEN",
            "20, GREEN",
            "20.0001, AMBER",
            "21, AMBER",
            "21.00, AMBER",
            "21.0001, RED",
            "30, RED"})
    void atMostIsGreenUpToTheTargetAndAmberUpToTheToleranceInclusive(String actual, RagRating expected) {
        RagTarget target = new RagTarget(new BigDecimal("20"), TargetDirection.AT_MOST, new BigDecimal("5"));

        assertThat(target.rate(new BigDecimal(actual))).isEqualTo(expected);
    }

    @Test
    void boundariesThatDoubleArithmeticWouldMissAreExact() {
        // 0.3 x (1 - 0.1) is 0.27 exactly, while 0.3 * 0.9 in double is 0.26999999999999996.
        RagTarget floor = new RagTarget(new BigDecimal("0.3"), TargetDirection.AT_LEAST, new BigDecimal("10"));
        // 1.1 x (1 + 0.1) is 1.21 exactly, while 1.1 * 1.1 in double is 1.2100000000000002.
        RagTarget ceiling = new RagTarget(new BigDecimal("1.1"), TargetDirection.AT_MOST, new BigDecimal("10"));

        assertThat(floor.rate(new BigDecimal("0.27"))).isEqualTo(RagRating.AMBER);
        assertThat(floor.rate(new BigDecimal("0.2699999999"))).isEqualTo(RagRating.RED);
        assertThat(ceiling.rate(new BigDecimal("1.21"))).isEqualTo(RagRating.AMBER);
        assertThat(ceiling.rate(new BigDecimal("1.2100000001"))).isEqualTo(RagRating.RED);
    }

    @Test
    void fractionalTolerancesAreExactToo() {
        RagTarget target = new RagTarget(new BigDecimal("80"), TargetDirection.AT_LEAST, new BigDecimal("2.5"));

        assertThat(target.amberThreshold()).isEqualByComparingTo("78");
        assertThat(target.rate(new BigDecimal("78"))).isEqualTo(RagRating.AMBER);
        assertThat(target.rate(new BigDecimal("77.99"))).isEqualTo(RagRating.RED);
    }

    @Test
    void zeroToleranceHasNoAmber() {
        RagTarget floor = new RagTarget(new BigDecimal("10"), TargetDirection.AT_LEAST, BigDecimal.ZERO);
        RagTarget ceiling = new RagTarget(new BigDecimal("10"), TargetDirection.AT_MOST, BigDecimal.ZERO);

        assertThat(floor.rate(new BigDecimal("10"))).isEqualTo(RagRating.GREEN);
        assertThat(floor.rate(new BigDecimal("9.99"))).isEqualTo(RagRating.RED);
        assertThat(ceiling.rate(new BigDecimal("10"))).isEqualTo(RagRating.GREEN);
        assertThat(ceiling.rate(new BigDecimal("10.01"))).isEqualTo(RagRating.RED);
    }

    @Test
    void aZeroTargetAtMostIsGreenOnlyAtZeroOrBelow() {
        RagTarget target = new RagTarget(BigDecimal.ZERO, TargetDirection.AT_MOST, new BigDecimal("50"));

        assertThat(target.rate(BigDecimal.ZERO)).isEqualTo(RagRating.GREEN);
        assertThat(target.rate(new BigDecimal("0.01"))).isEqualTo(RagRating.RED);
    }

    @Test
    void noActualIsNoData() {
        assertThat(new RagTarget(BigDecimal.TEN, TargetDirection.AT_LEAST, BigDecimal.ONE).rate(null)).isEqualTo(RagRating.NO_DATA);
        assertThat(new RagTarget(BigDecimal.TEN, TargetDirection.AT_MOST, BigDecimal.ONE).rate(null)).isEqualTo(RagRating.NO_DATA);
    }

    @Test
    void aNegativeToleranceIsAProgrammingError() {
        assertThatThrownBy(() -> new RagTarget(BigDecimal.TEN, TargetDirection.AT_LEAST, new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
