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
            signals.add(new Signal(
                    SignalKind.SUPPLY_SHORTFALL.wireName() + ":"
                            + row.productForm().wireName() + ":" + report.asOf(),
                    SignalKind.SUPPLY_SHORTFALL,
                    DemandSurgeRule.audience(row.productForm()),
                    sentence(row),
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
                    magnitude(row)));
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

    private static String sentence(FormSupply row) {
        String form = Wording.form(row.productForm());
        String stock;
        if (row.oversold()) {
            stock = form + " is oversold by " + Wording.feKg(row.stockFeKg().negate())
                    + " feKg (more sold than produced)";
        } else if (row.daysOfCover() != null) {
            stock = form + " stock covers " + Wording.days(row.daysOfCover()) + " days of sales ("
                    + Wording.feKg(row.stockFeKg()) + " feKg in stock, " + Wording.feKg(row.meanDailySoldFeKg())
                    + " feKg a day over the last 7 days)";
        } else {
            stock = form + " stock is " + Wording.feKg(row.stockFeKg()) + " feKg";
        }
        String gap = "";
        if (row.shortfall()) {
            gap = row.oversold()
                    ? "; with the next 7 days' forecast of " + Wording.feKg(row.forecastDemandFeKg())
                            + " feKg the shortfall is " + Wording.feKg(row.gapFeKg()) + " feKg"
                    : "; the next 7 days' forecast of " + Wording.feKg(row.forecastDemandFeKg())
                            + " feKg exceeds it by " + Wording.feKg(row.gapFeKg()) + " feKg";
        }
        String check = row.oversold()
                ? (row.productForm() == ProductForm.FRESH
                        ? " (and check for missing harvest events)"
                        : " (and check for missing processing events)")
                : "";
        return stock + gap + ": " + action(row.productForm()) + check;
    }

    private static String action(ProductForm form) {
        return switch (form) {
            case FRESH -> "keep more of the harvest for fresh sale";
            case DRIED -> "shift fresh lots to drying";
            case NFC_JUICE -> "shift fresh lots to juicing";
            case PULP -> "shift fresh lots to pulping";
        };
    }
}
