package io.gojichain.insights.prices;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.prices.PricesReport.FreshKgValue;
import io.gojichain.insights.prices.PricesReport.RealizedPrice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Realized price = revenue / (units x packSize) per kg or L (docs/DOMAIN.md), per form x channel x
 * currency; value per fresh kg = revenue / feKg per form x currency. Sums are exact; each price is
 * one division of exact sums, rounded to cents.
 */
final class PriceCalculator {

    private static final Comparator<BigDecimal> DESCENDING_NULLS_LAST =
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder());

    private final InsightFacts facts;

    private final FeKgFactors factors;

    PriceCalculator(InsightFacts facts, FeKgFactors factors) {
        this.facts = facts;
        this.factors = factors;
    }

    PricesReport report(Period period, ZoneId zone) {
        // TreeMaps keyed by enum ordinals and currency give the documented order for free
        Map<PriceKey, Sums> byChannel = new TreeMap<>();
        Map<ValueKey, Sums> byForm = new TreeMap<>();
        for (SalesFact fact : this.facts.sales(period.from(), period.to())) {
            byChannel
                    .computeIfAbsent(new PriceKey(fact.productForm(), fact.channel(), fact.currency()), k -> new Sums())
                    .add(fact);
            byForm.computeIfAbsent(new ValueKey(fact.currency(), fact.productForm()), k -> new Sums())
                    .add(fact);
        }
        List<RealizedPrice> prices = new ArrayList<>();
        byChannel.forEach((key, sums) -> prices.add(new RealizedPrice(
                key.form(),
                key.channel(),
                key.currency(),
                key.form().packUnit(),
                sums.orders,
                sums.units,
                sums.volume,
                money(sums.revenue),
                moneyOrNull(perUnit(sums.revenue, sums.volume)))));
        return new PricesReport(period, zone.getId(), List.copyOf(prices), values(byForm));
    }

    private List<FreshKgValue> values(Map<ValueKey, Sums> byForm) {
        record Unranked(
                ValueKey key,
                Sums sums,
                BigDecimal feKg,
                @Nullable BigDecimal value) {}
        List<Unranked> unranked = new ArrayList<>();
        byForm.forEach((key, sums) -> {
            BigDecimal feKg = this.factors.feKg(key.form(), sums.volume);
            unranked.add(new Unranked(key, sums, feKg, perUnit(sums.revenue, feKg)));
        });
        unranked.sort(Comparator.comparing((Unranked u) -> u.key().currency())
                .thenComparing(Unranked::value, DESCENDING_NULLS_LAST)
                .thenComparing(u -> u.key().form()));
        List<FreshKgValue> values = new ArrayList<>();
        String currency = "";
        int rank = 0;
        for (Unranked u : unranked) {
            if (!u.key().currency().equals(currency)) {
                currency = u.key().currency();
                rank = 0;
            }
            rank++;
            ProductForm form = u.key().form();
            values.add(new FreshKgValue(
                    currency,
                    rank,
                    form,
                    form.packUnit(),
                    u.sums().units,
                    u.sums().volume,
                    this.factors.factor(form),
                    u.feKg(),
                    money(u.sums().revenue),
                    moneyOrNull(perUnit(u.sums().revenue, u.sums().volume)),
                    moneyOrNull(u.value())));
        }
        return List.copyOf(values);
    }

    /** Money per kg or L, rounded once to cents; null when there is nothing to divide by. */
    private static @Nullable BigDecimal perUnit(BigDecimal revenue, BigDecimal quantity) {
        return quantity.signum() == 0 ? null : revenue.divide(quantity, 2, RoundingMode.HALF_EVEN);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static @Nullable String moneyOrNull(@Nullable BigDecimal amount) {
        return amount == null ? null : money(amount);
    }

    private record PriceKey(ProductForm form, Channel channel, String currency) implements Comparable<PriceKey> {

        private static final Comparator<PriceKey> ORDER = Comparator.comparing(PriceKey::form)
                .thenComparing(PriceKey::channel)
                .thenComparing(PriceKey::currency);

        @Override
        public int compareTo(PriceKey other) {
            return ORDER.compare(this, other);
        }
    }

    private record ValueKey(String currency, ProductForm form) implements Comparable<ValueKey> {

        private static final Comparator<ValueKey> ORDER =
                Comparator.comparing(ValueKey::currency).thenComparing(ValueKey::form);

        @Override
        public int compareTo(ValueKey other) {
            return ORDER.compare(this, other);
        }
    }

    private static final class Sums {
        long orders;
        long units;
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;

        void add(SalesFact fact) {
            this.orders += fact.orders();
            this.units += fact.units();
            this.volume = this.volume.add(fact.volume());
            this.revenue = this.revenue.add(fact.revenue());
        }
    }
}
