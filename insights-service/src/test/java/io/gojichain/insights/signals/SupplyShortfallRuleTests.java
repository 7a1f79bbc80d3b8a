package io.gojichain.insights.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.supply.FormSupply;
import io.gojichain.insights.supply.FreshBalance;
import io.gojichain.insights.supply.SupplyDemandReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SupplyShortfallRuleTests {

    private static final LocalDate AS_OF = LocalDate.parse("2026-09-14");

    private final SupplyShortfallRule rule = new SupplyShortfallRule(SignalThresholds.DEFAULTS);

    private static FormSupply row(
            ProductForm form, String produced, String sold, String mean, @Nullable String cover, String forecast) {
        BigDecimal stock = new BigDecimal(produced).subtract(new BigDecimal(sold));
        BigDecimal gap = new BigDecimal(forecast).subtract(stock);
        return new FormSupply(
                form,
                new BigDecimal(produced),
                false,
                new BigDecimal(sold),
                stock,
                stock.signum() < 0,
                null,
                new BigDecimal(mean),
                (cover != null) ? new BigDecimal(cover) : null,
                new BigDecimal(forecast),
                gap,
                gap.signum() > 0);
    }

    private static SupplyDemandReport report(FormSupply... rows) {
        return new SupplyDemandReport(
                "Asia/Shanghai",
                AS_OF,
                new Period(AS_OF.minusDays(6), AS_OF),
                new Period(AS_OF.plusDays(1), AS_OF.plusDays(7)),
                new FreshBalance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false),
                List.of(rows),
                List.of());
    }

    @Test
    void shortCoverGapAndOversoldByHand() {
        List<Signal> signals = this.rule.apply(report(
                // fresh: stock 300, 60 a day -> 5 days (< 7); forecast 280 < 300: warning, (7 - 5) / 7 = 0.2857
                row(ProductForm.FRESH, "420", "120", "60", "5.0000", "280"),
                // dried: stock 90, 38.571429 a day -> 2.3333 days; forecast 270, gap 180: action, 180 / 270 = 0.6667
                row(ProductForm.DRIED, "450", "360", "38.571429", "2.3333", "270"),
                // juice: oversold by 65, forecast 455, gap 520 > forecast: action, magnitude capped at 1
                row(ProductForm.NFC_JUICE, "260", "325", "46.428571", "0.0000", "455"),
                // pulp: no sales and no forecast: nothing to say
                row(ProductForm.PULP, "115", "0", "0", null, "0")));

        assertThat(signals).hasSize(3);
        Signal fresh = signals.get(0);
        assertThat(fresh.id()).isEqualTo("supply_shortfall:fresh:2026-09-14");
        assertThat(fresh.severity()).isEqualTo(Severity.WARNING);
        assertThat(fresh.magnitude()).isEqualTo(new BigDecimal("0.2857"));
        assertThat(fresh.sentence())
                .isEqualTo("Fresh berry stock covers 5.0 days of sales (300 feKg in stock, 60.0 feKg a day over the"
                        + " last 7 days): keep more of the harvest for fresh sale");
        assertThat(fresh.audience()).containsExactly(Audience.FARMERS, Audience.SELLERS);
        assertThat(fresh.period()).isEqualTo(new Period(LocalDate.parse("2026-09-08"), AS_OF));
        assertThat(fresh.comparedTo()).isNull();

        Signal dried = signals.get(1);
        assertThat(dried.severity()).isEqualTo(Severity.ACTION);
        assertThat(dried.magnitude()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(dried.sentence())
                .isEqualTo("Dried goji stock covers 2.3 days of sales (90.0 feKg in stock, 38.6 feKg a day over the"
                        + " last 7 days); the next 7 days' forecast of 270 feKg exceeds it by 180 feKg:"
                        + " shift fresh lots to drying");
        assertThat(dried.evidence())
                .isEqualTo(new SupplyEvidence(
                        ProductForm.DRIED,
                        new BigDecimal("450"),
                        new BigDecimal("360"),
                        new BigDecimal("90"),
                        new BigDecimal("38.571429"),
                        new BigDecimal("2.3333"),
                        new BigDecimal("270"),
                        new BigDecimal("180")));

        Signal juice = signals.get(2);
        assertThat(juice.severity()).isEqualTo(Severity.ACTION);
        assertThat(juice.magnitude()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(juice.sentence())
                .isEqualTo("NFC juice is oversold by 65.0 feKg (more sold than produced); with the next 7 days'"
                        + " forecast of 455 feKg the shortfall is 520 feKg: shift fresh lots to juicing (and check"
                        + " for missing processing events)");
    }

    @Test
    void sevenDaysOfCoverWithoutAGapIsEnough() {
        // stock 70, 10 a day = 7.0000 days (not below 7); forecast 69 < 70
        assertThat(this.rule.apply(report(row(ProductForm.DRIED, "140", "70", "10", "7.0000", "69"))))
                .isEmpty();
    }

    @Test
    void aGapWithoutRecentSalesStillCounts() {
        // nothing sold in the last 7 days (cover unknown) but the forecast of 50 exceeds the stock of 20 by 30
        List<Signal> signals = this.rule.apply(report(row(ProductForm.PULP, "20", "0", "0", null, "50")));

        assertThat(signals).hasSize(1);
        assertThat(signals.get(0).sentence())
                .isEqualTo("Goji pulp stock is 20.0 feKg; the next 7 days' forecast of 50.0 feKg exceeds it by"
                        + " 30.0 feKg: shift fresh lots to pulping");
        assertThat(signals.get(0).magnitude()).isEqualTo(new BigDecimal("0.6000"));
    }
}
