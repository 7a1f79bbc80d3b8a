package io.gojichain.insights.signals;

import io.gojichain.insights.attribution.Attribution;
import io.gojichain.insights.attribution.Earnings;
import io.gojichain.insights.attribution.ExactSum;
import io.gojichain.insights.attribution.PeriodLinks;
import io.gojichain.insights.facts.LotFact;
import io.gojichain.insights.facts.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code cooperative_value}: per co-operative and currency, when its lots' attributed sales earned
 * clearly more or less per fresh kg than every attributed sale of the county, with what explains
 * it: the form, method and channel whose sales moved the co-operative's value most (its feKg there
 * times the gap to the county's value). Noise rule, as the demand signals': at least {@code
 * minCooperativeFeKg} attributed feKg and {@code minOrders} order lines, and a difference of at
 * least {@code cooperativeValueDifference} either way (values per fresh kg to 9 places, rounded once from the exact sums).
 */
final class CooperativeValueRule {

    private static final int RANKING_SCALE = 9;

    private final SignalThresholds thresholds;

    CooperativeValueRule(SignalThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Signal> apply(PeriodLinks links, Period period) {
        Map<String, Earnings> coops = new TreeMap<>();
        Map<String, Map<Attribution.Outlet, Earnings>> outlets = new TreeMap<>();
        for (LotFact lot : links.lots().values()) {
            if (lot.cooperativeId() == null) {
                continue;
            }
            Attribution.LotEarnings earnings = links.attribution().lot(lot.lotId());
            coops.computeIfAbsent(lot.cooperativeId(), id -> new Earnings()).add(earnings.total());
            Map<Attribution.Outlet, Earnings> byOutlet =
                    outlets.computeIfAbsent(lot.cooperativeId(), id -> new TreeMap<>());
            earnings.byOutlet()
                    .forEach((outlet, earned) -> byOutlet.computeIfAbsent(outlet, o -> new Earnings())
                            .add(earned));
        }
        Earnings county = links.attribution().county();
        List<Signal> signals = new ArrayList<>();
        for (Map.Entry<String, Earnings> coop : coops.entrySet()) {
            for (String currency : coop.getValue().revenue().keySet()) {
                Signal signal =
                        signal(coop.getKey(), currency, coop.getValue(), outlets.get(coop.getKey()), county, period);
                if (signal != null) {
                    signals.add(signal);
                }
            }
        }
        return signals;
    }

    private @Nullable Signal signal(
            String coopId,
            String currency,
            Earnings coop,
            Map<Attribution.Outlet, Earnings> outlets,
            Earnings county,
            Period period) {
        ExactSum feKg = coop.exactFeKg(currency);
        ExactSum countyFeKg = county.exactFeKg(currency);
        ExactSum countyRevenue = county.exactRevenue(currency);
        if (coop.orders() < this.thresholds.minOrders()
                || feKg.round(Earnings.FE_KG_SCALE).compareTo(this.thresholds.minCooperativeFeKg()) < 0
                || countyFeKg.signum() <= 0
                || countyRevenue.signum() <= 0) {
            return null;
        }
        // value / county value = (revenue x countyFeKg) / (feKg x countyRevenue), as one exact ratio
        BigDecimal value = coop.exactRevenue(currency).dividedBy(feKg, RANKING_SCALE);
        BigDecimal countyValue = countyRevenue.dividedBy(countyFeKg, RANKING_SCALE);
        if (value == null || countyValue == null) {
            return null;
        }
        BigDecimal difference =
                value.divide(countyValue, 4, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE);
        if (difference.abs().compareTo(this.thresholds.cooperativeValueDifference()) < 0) {
            return null;
        }
        boolean more = difference.signum() > 0;

        // the outlet that moved the value most in the difference's direction: revenue - feKg x county value
        Attribution.Outlet best = null;
        BigDecimal bestContribution = null;
        for (Map.Entry<Attribution.Outlet, Earnings> outlet : outlets.entrySet()) {
            BigDecimal outletFeKg = outlet.getValue().exactFeKg(currency).round(RANKING_SCALE);
            if (outletFeKg.signum() <= 0) {
                continue;
            }
            BigDecimal contribution = outlet.getValue()
                    .exactRevenue(currency)
                    .round(RANKING_SCALE)
                    .subtract(outletFeKg.multiply(countyValue));
            if (!more) {
                contribution = contribution.negate();
            }
            if (bestContribution == null || contribution.compareTo(bestContribution) > 0) {
                best = outlet.getKey();
                bestContribution = contribution;
            }
        }
        if (best == null) {
            return null;
        }
        Earnings outlet = outlets.get(best);
        BigDecimal soldFeKg = feKg.round(Earnings.FE_KG_SCALE);
        BigDecimal outletFeKg = outlet.exactFeKg(currency).round(Earnings.FE_KG_SCALE);
        BigDecimal outletShare = outletFeKg.divide(soldFeKg, 4, RoundingMode.HALF_EVEN);
        String valueText = coop.valuePerFreshKg().get(currency);
        String countyText = county.valuePerFreshKg().get(currency);
        String outletText = outlet.valuePerFreshKg().get(currency);
        Sentence sentence = Sentence.of(
                more ? "signal.cooperative_value.more" : "signal.cooperative_value.less",
                coopId,
                Sentence.percent(difference.abs()),
                Sentence.money(new BigDecimal(valueText)),
                Sentence.money(new BigDecimal(countyText)),
                currency,
                Sentence.term("outlet." + best.form().wireName() + "." + best.method()),
                Sentence.term("channel.place." + best.channel().name().toLowerCase(Locale.ROOT)),
                Sentence.money(new BigDecimal(outletText)),
                Sentence.share(outletShare));
        return new Signal(
                SignalKind.COOPERATIVE_VALUE.wireName() + ":" + coopId + ":" + currency + ":" + period.from(),
                SignalKind.COOPERATIVE_VALUE,
                List.of(Audience.FARMERS, Audience.PROCESSORS),
                "",
                new CooperativeValueEvidence(
                        coopId,
                        currency,
                        soldFeKg,
                        coop.orders(),
                        valueText,
                        countyText,
                        difference,
                        best.form().wireName(),
                        best.method(),
                        best.channel().name().toLowerCase(Locale.ROOT),
                        outletFeKg,
                        outletShare,
                        outletText),
                period,
                null,
                Severity.INFO,
                difference.abs(),
                sentence);
    }
}
