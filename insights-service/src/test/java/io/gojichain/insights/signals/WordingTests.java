package io.gojichain.insights.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WordingTests {

    @Test
    void feKgIsWholeFromAHundredAndHalfEven() {
        assertThat(Wording.feKg(new BigDecimal("1230"))).isEqualTo("1,230");
        assertThat(Wording.feKg(new BigDecimal("1237.5"))).isEqualTo("1,238");
        assertThat(Wording.feKg(new BigDecimal("866.5"))).isEqualTo("866");
        assertThat(Wording.feKg(new BigDecimal("86.55"))).isEqualTo("86.6");
        assertThat(Wording.feKg(new BigDecimal("86.45"))).isEqualTo("86.4");
        assertThat(Wording.feKg(BigDecimal.ZERO)).isEqualTo("0.0");
        assertThat(Wording.feKg(new BigDecimal("-1234567.8"))).isEqualTo("-1,234,568");
    }

    @Test
    void percentagesAndPoints() {
        assertThat(Wording.percent(new BigDecimal("0.4203"))).isEqualTo("42%");
        assertThat(Wording.share(new BigDecimal("0.342"))).isEqualTo("34.2%");
        assertThat(Wording.points(new BigDecimal("0.142"))).isEqualTo("+14.2");
        assertThat(Wording.points(new BigDecimal("-0.042"))).isEqualTo("-4.2");
        assertThat(Wording.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
    }

    @Test
    void comparisonNamesTheWeek() {
        LocalDate day = LocalDate.parse("2026-09-14");
        assertThat(Wording.comparison(new Period(day.minusDays(6), day))).isEqualTo("week on week");
        assertThat(Wording.comparison(new Period(day.minusDays(29), day))).isEqualTo("on the previous 30 days");
    }
}
