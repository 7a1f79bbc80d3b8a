package io.gojichain.insights.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.BatchFact;
import io.gojichain.insights.facts.FixedInsightFacts;
import io.gojichain.insights.facts.FixedLinkFacts;
import io.gojichain.insights.facts.ListBackedInsightFacts;
import io.gojichain.insights.facts.NamedSaleFact;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.forecast.DemandForecaster;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * mass_balance and cooperative_value on hand-made links; expected figures worked out in the comments.
 */
class FarmSignalsTests {

    private static final Period SEPTEMBER = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));

    private final SignalsCalculator calculator = new SignalsCalculator(
            ListBackedInsightFacts.defaultFactors(),
            new DemandForecaster(
                    ListBackedInsightFacts.defaultFactors(),
                    ListBackedInsightFacts.defaultProperties().forecast()),
            SignalThresholds.DEFAULTS);

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /**
     * PREM's lots (P1, P2: 100 kg each) went into a freeze-dried batch sold online; PLAIN's (Q1, Q2)
     * into a sun-dried batch sold in shops. L9 (no co-op) gave 106 kg from 100 harvested; L8 gave
     * 100.4 from 100, within the 0.5 % tolerance.
     */
    private static PeriodLinks chain() {
        FixedLinkFacts links = new FixedLinkFacts();
        FixedInsightFacts facts = new FixedInsightFacts();
        links.add(
                FixedLinkFacts.lot("P1", "F1", "PREM", "2026-09-01", "100"),
                FixedLinkFacts.lot("P2", "F2", "PREM", "2026-09-01", "100"),
                FixedLinkFacts.lot("Q1", "F3", "PLAIN", "2026-09-01", "100"),
                FixedLinkFacts.lot("Q2", "F4", "PLAIN", "2026-09-01", "100"),
                FixedLinkFacts.lot("L9", "F9", null, "2026-09-01", "100"),
                FixedLinkFacts.lot("L8", "F8", null, "2026-09-01", "100"));
        links.add(
                new BatchFact(
                        "FD1",
                        "P01",
                        "dried",
                        ProductForm.DRIED,
                        "freeze",
                        LocalDate.parse("2026-09-02"),
                        Instant.parse("2026-09-02T04:00:00Z"),
                        List.of(
                                new BatchFact.LotTaken("P1", new BigDecimal("90")),
                                new BatchFact.LotTaken("P2", new BigDecimal("90"))),
                        new BigDecimal("40")),
                new BatchFact(
                        "SD1",
                        "P02",
                        "dried",
                        ProductForm.DRIED,
                        "sun",
                        LocalDate.parse("2026-09-02"),
                        Instant.parse("2026-09-02T04:00:00Z"),
                        List.of(
                                new BatchFact.LotTaken("Q1", new BigDecimal("90")),
                                new BatchFact.LotTaken("Q2", new BigDecimal("90"))),
                        new BigDecimal("40")),
                FixedLinkFacts.dried("X1", "2026-09-03", "20", "L9", "106", "L8", "100.4"));
        // FD1: 40 kg dried = 180 feKg for 5,400.00 (30.00 per fresh kg), 10 orders
        // SD1: 40 kg dried = 180 feKg for 2,700.00 (15.00 per fresh kg), 10 orders
        // X1: 4 kg dried = 18 feKg for 396.00 (22.00), 2 orders (L9 and L8 are in no co-op)
        NamedSaleFact[] sales = {
            FixedLinkFacts.sale(
                    "FD1", "2026-09-05", ProductForm.DRIED, Channel.ONLINE, "Guangdong", 10, "40", "5400.00"),
            FixedLinkFacts.sale(
                    "SD1", "2026-09-05", ProductForm.DRIED, Channel.OFFLINE, "Guangdong", 10, "40", "2700.00"),
            FixedLinkFacts.sale("X1", "2026-09-05", ProductForm.DRIED, Channel.ONLINE, "Beijing", 2, "4", "396.00")
        };
        links.add(sales);
        for (NamedSaleFact sale : sales) {
            facts.add(FixedInsightFacts.sale(
                    "2026-09-05",
                    sale.productForm(),
                    sale.channel(),
                    sale.province(),
                    sale.orders(),
                    sale.volume().toPlainString(),
                    sale.revenue().toPlainString()));
        }
        return PeriodLinks.read(links, facts, ListBackedInsightFacts.defaultFactors(), SEPTEMBER);
    }

    @Test
    void anOverdrawnLotIsADataQualitySignalWithItsEvidence() {
        List<Signal> signals = this.calculator.farmSignals(chain()).stream()
                .filter(s -> s.kind() == SignalKind.MASS_BALANCE)
                .toList();

        assertThat(signals).singleElement().satisfies(signal -> {
            assertThat(signal.id()).isEqualTo("mass_balance:L9:2026-09-01");
            assertThat(signal.severity()).isEqualTo(Severity.WARNING);
            MassBalanceEvidence evidence = (MassBalanceEvidence) signal.evidence();
            assertThat(evidence.lotId()).isEqualTo("L9");
            assertThat(evidence.farmId()).isEqualTo("F9");
            assertThat(evidence.cooperativeId()).isNull();
            assertThat(evidence.harvestedKg()).isEqualByComparingTo("100");
            assertThat(evidence.givenToProcessingKg()).isEqualByComparingTo("106");
            assertThat(evidence.excessKg()).isEqualByComparingTo("6");
            assertThat(evidence.excessShare()).isEqualByComparingTo("0.0600");
            assertThat(evidence.batchIds()).containsExactly("X1");
            assertThat(signal.renderedBy(new SentenceRenderer(messages()::getMessage, Locale.ENGLISH))
                            .sentence())
                    .isEqualTo("Lot L9 (farm F9) gave 106 kg to processing but 100 kg were harvested: 6.0 kg"
                            + " (6.0%) more than its harvest; check the weights of its 1 batches");
            assertThat(signal.renderedBy(new SentenceRenderer(messages()::getMessage, Locale.SIMPLIFIED_CHINESE))
                            .sentence())
                    .isEqualTo("批次 L9（农户 F9）交给加工 106 千克，但只采收了 100 千克：比采收量多 6.0 千克（6.0%）；" + "请核对其 1 个加工批次的称重记录");
        });
    }

    @Test
    void aCooperativeThatEarnsClearlyMoreOrLessThanTheCountyIsNamedWithWhatExplainsIt() {
        List<Signal> signals = this.calculator.farmSignals(chain()).stream()
                .filter(s -> s.kind() == SignalKind.COOPERATIVE_VALUE)
                .toList();

        // county: 180 + 180 + 18 = 378 feKg for 8,496.00: 22.476190... per fresh kg
        // PREM 30.00 / 22.476... - 1 = +33.47 %; PLAIN 15.00 / 22.476... - 1 = -33.26 %
        assertThat(signals)
                .extracting(Signal::id)
                .containsExactly("cooperative_value:PREM:CNY:2026-09-01", "cooperative_value:PLAIN:CNY:2026-09-01");
        CooperativeValueEvidence prem =
                (CooperativeValueEvidence) signals.get(0).evidence();
        assertThat(prem.soldFeKg()).isEqualByComparingTo("180");
        assertThat(prem.valuePerFreshKg()).isEqualTo("30.00");
        assertThat(prem.countyValuePerFreshKg()).isEqualTo("22.48");
        assertThat(prem.difference()).isEqualByComparingTo("0.3347");
        assertThat(prem.productForm()).isEqualTo("dried");
        assertThat(prem.method()).isEqualTo("freeze");
        assertThat(prem.channel()).isEqualTo("online");
        assertThat(prem.outletShare()).isEqualByComparingTo("1.0000");
        CooperativeValueEvidence plain =
                (CooperativeValueEvidence) signals.get(1).evidence();
        assertThat(plain.difference()).isEqualByComparingTo("-0.3326");
        assertThat(plain.method()).isEqualTo("sun");
        assertThat(plain.channel()).isEqualTo("offline");

        assertThat(signals.get(0)
                        .renderedBy(new SentenceRenderer(messages()::getMessage, Locale.ENGLISH))
                        .sentence())
                .isEqualTo("PREM's lots earned 33% more per fresh kg than the county average (30.00 against 22.48"
                        + " CNY), most of it as freeze-dried goji sold online (30.00 CNY per fresh kg, 100.0% of its"
                        + " feKg)");
        assertThat(signals.get(1)
                        .renderedBy(new SentenceRenderer(messages()::getMessage, Locale.SIMPLIFIED_CHINESE))
                        .sentence())
                .isEqualTo("PLAIN 的批次每鲜果千克收入比全县平均低 33%（15.00 对 22.48 CNY），主要来自在门店销售的自然晾晒干果"
                        + "（每鲜果千克 15.00 CNY，占其鲜果当量的 100.0%）");
    }
}
