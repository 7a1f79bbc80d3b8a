package io.gojichain.insights.signals;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.supply.FormSupply;
import io.gojichain.insights.supply.SupplyDemandReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code supply_shortfall}, from supply-demand as of the period's end: a form with demand (sales in
 * the last 7 days or a forecast above 0) whose days of cover are below {@code coverDays}, or whose
 * next-7-days forecast exceeds its stock (gap above 0). A gap makes it an action, short cover alone
 * a warning. Magnitude: with a gap, the share of the forecast that stock cannot serve (gap /
 * forecast, at most 1); otherwise how far cover falls short ((coverDays - days) / coverDays).
 */
final class SupplyShortfallRule {

    private final SignalThresholds thresholds;

    SupplyShortfallRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(SupplyDemandReport report) {
        List<Signal> signals = new ArrayList<>();
        for (FormSupply row : report.forms()) {
            boolean demand = row.meanDailySoldFeKg().signum() > 0
                    || row.forecastDemandFeKg().signum() > 0;
            BigDecimal cover = row.daysOfCover();
            boolean shortCover = cover != null && cover.compareTo(this.thresholds.coverDays()) < 0;
            if (!demand || (!shortCover && !row.shortfall())) {
                continue;
            }
            Sentence sentence = sentence(row);
            signals.add(new Signal(
                    SignalKind.SUPPLY_SHORTFALL.wireName() + ":"
                            + row.productForm().wireName() + ":" + report.asOf(),
                    SignalKind.SUPPLY_SHORTFALL,
                    DemandSurgeRule.audience(row.productForm()),
                    SentenceRenderer.ENGLISH.render(sentence),
                    new SupplyEvidence(
                            row.productForm(),
                            row.producedFeKg(),
                            row.soldFeKg(),
                            row.stockFeKg(),
                            row.meanDailySoldFeKg(),
                            cover,
                            row.forecastDemandFeKg(),
                            row.gapFeKg()),
                    report.coverWindow(),
                    null,
                    row.shortfall() ? Severity.ACTION : Severity.WARNING,
                    magnitude(row),
                    sentence));
        }
        return signals;
    }

    private BigDecimal magnitude(FormSupply row) {
        if (row.shortfall()) {
            BigDecimal forecast = row.forecastDemandFeKg();
            if (forecast.compareTo(row.gapFeKg()) <= 0) {
                return BigDecimal.ONE.setScale(4);
            }
            return row.gapFeKg().divide(forecast, 4, RoundingMode.HALF_EVEN);
        }
        BigDecimal days = this.thresholds.coverDays();
        return days.subtract(row.daysOfCover()).divide(days, 4, RoundingMode.HALF_EVEN);
    }

    private static Sentence sentence(FormSupply row) {
        Sentence.Term form = Sentence.term("form." + row.productForm().wireName() + ".name");
        Sentence stock;
        if (row.oversold()) {
            stock = Sentence.of(
                    "signal.supply.oversold",
                    form,
                    Sentence.feKg(row.stockFeKg().negate()));
        } else if (row.daysOfCover() != null) {
            stock = Sentence.of(
                    "signal.supply.cover",
                    form,
                    Sentence.days(row.daysOfCover()),
                    Sentence.feKg(row.stockFeKg()),
                    Sentence.feKg(row.meanDailySoldFeKg()));
        } else {
            stock = Sentence.of("signal.supply.stock", form, Sentence.feKg(row.stockFeKg()));
        }
        Sentence gap = Sentence.of("signal.empty");
        if (row.shortfall()) {
            gap = Sentence.of(
                    row.oversold() ? "signal.supply.gap.oversold" : "signal.supply.gap",
                    Sentence.feKg(row.forecastDemandFeKg()),
                    Sentence.feKg(row.gapFeKg()));
        }
        Sentence check = row.oversold()
                ? Sentence.of(
                        row.productForm() == ProductForm.FRESH
                                ? "signal.supply.check.harvest"
                                : "signal.supply.check.processing")
                : Sentence.of("signal.empty");
        return Sentence.of(
                "signal.supply_shortfall",
                stock,
                gap,
                Sentence.term("signal.supply.action." + row.productForm().wireName()),
                check);
    }
}
