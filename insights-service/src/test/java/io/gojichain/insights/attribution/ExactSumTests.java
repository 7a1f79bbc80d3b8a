package io.gojichain.insights.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Shares stay exact until the one rounding, which is HALF_EVEN. */
class ExactSumTests {

    @Test
    void thirdsAddUpToTheWhole() {
        ExactSum sum = new ExactSum()
                .add(new BigDecimal("100.00"), new BigDecimal("3"))
                .add(new BigDecimal("200.00"), new BigDecimal("3"));
        assertThat(sum.round(2)).isEqualByComparingTo("100.00");
        // rounded one by one, 33.33 + 66.67 also makes 100.00, but 3 x 33.33 would not: one rounding
        ExactSum three = new ExactSum();
        for (int i = 0; i < 3; i++) {
            three.add(new BigDecimal("100.00"), new BigDecimal("3"));
        }
        assertThat(three.round(2)).isEqualByComparingTo("100.00");
    }

    @Test
    void tiesRoundToEven() {
        // 0.001 / 400 = 0.0000025 and 0.003 / 400 = 0.0000075
        assertThat(new ExactSum()
                        .add(new BigDecimal("0.001"), new BigDecimal("400"))
                        .round(6))
                .isEqualByComparingTo("0.000002");
        assertThat(new ExactSum()
                        .add(new BigDecimal("0.003"), new BigDecimal("400"))
                        .round(6))
                .isEqualByComparingTo("0.000008");
        assertThat(ExactSum.of(new BigDecimal("0.005")).round(2)).isEqualByComparingTo("0.00");
        assertThat(ExactSum.of(new BigDecimal("0.015")).round(2)).isEqualByComparingTo("0.02");
    }

    @Test
    void differentDenominatorsCombineExactly() {
        // 1/7 + 1/3 = 10/21 = 0.476190476...
        ExactSum sum = new ExactSum()
                .add(BigDecimal.ONE, new BigDecimal("7.000"))
                .add(new BigDecimal("0.5"), new BigDecimal("1.5"));
        assertThat(sum.round(6)).isEqualByComparingTo("0.476190");
        // (10/21) / (5/7) = 2/3
        assertThat(sum.dividedBy(new ExactSum().add(new BigDecimal("5"), new BigDecimal("7")), 2))
                .isEqualByComparingTo("0.67");
        assertThat(sum.dividedBy(new ExactSum(), 2)).isNull();
        assertThat(sum.copy().subtract(sum).signum()).isZero();
    }
}
