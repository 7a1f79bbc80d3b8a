package io.gojichain.insights.preferences;

import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.CustomerOrdersFact;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.InsightFacts;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import io.gojichain.insights.preferences.PreferencesReport.Dimensions;
import io.gojichain.insights.preferences.PreferencesReport.FeKgShare;
import io.gojichain.insights.preferences.PreferencesReport.RepeatPurchase;
import io.gojichain.insights.preferences.PreferencesReport.RepeatPurchaseRow;
import io.gojichain.insights.preferences.PreferencesReport.RevenueShare;
import io.gojichain.insights.preferences.PreferencesReport.ShareRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Sales mix and its drift (docs/DOMAIN.md): shares of revenue and feKg per dimension for a period and
 * the previous one, and repeat purchase per form. Sums stay exact; each ratio is divided once, from
 * the exact sums, and rounded then.
 */
final class PreferencesCalculator {

    /** docs/DOMAIN.md: repeat purchase counts customers with 2+ orders in 90 days. */
    static final int REPEAT_WINDOW_DAYS = 90;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final InsightFacts facts;

    private final FeKgFactors factors;

    PreferencesCalculator(InsightFacts facts, FeKgFactors factors) {
        this.facts = facts;
        this.factors = factors;
    }

    PreferencesReport report(Period period, String currency, ZoneId zone) {
        Period previous = period.previous();
        List<SalesFact> current = this.facts.sales(period.from(), period.to());
        List<SalesFact> before = this.facts.sales(previous.from(), previous.to());
        Comparator<ShareRow> byFeKg = Comparator.comparing(
                        (ShareRow row) -> row.feKg().current())
                .reversed()
                .thenComparing(ShareRow::key);
        Comparator<ShareRow> byBand = Comparator.comparing(row -> PackSizeBand.ofLabel(row.key()));
        Dimensions dimensions = new Dimensions(
                shares(current, before, currency, fact -> fact.productForm().wireName(), byFeKg),
                shares(current, before, currency, fact -> fact.channel().wireName(), byFeKg),
                shares(current, before, currency, SalesFact::province, byFeKg),
                shares(
                        current,
                        before,
                        currency,
                        fact -> PackSizeBand.of(fact.packSize()).label(),
                        byBand));
        Period window = new Period(period.to().minusDays(REPEAT_WINDOW_DAYS - 1L), period.to());
        RepeatPurchase repeat =
                new RepeatPurchase(window, repeatPurchase(this.facts.customerOrders(window.from(), window.to())));
        return new PreferencesReport(period, previous, zone.getId(), currency, dimensions, repeat);
    }

    private List<ShareRow> shares(
            List<SalesFact> current,
            List<SalesFact> before,
            String currency,
            Function<SalesFact, String> key,
            Comparator<ShareRow> order) {
        Map<String, Sums> now = sumBy(current, currency, key);
        Map<String, Sums> then = sumBy(before, currency, key);
        Sums nowTotal = total(now);
        Sums thenTotal = total(then);
        Set<String> keys = new HashSet<>(now.keySet());
        keys.addAll(then.keySet());
        List<ShareRow> rows = new ArrayList<>();
        for (String k : keys) {
            Sums a = now.getOrDefault(k, new Sums());
            Sums b = then.getOrDefault(k, new Sums());
            RevenueShare revenue = new RevenueShare(
                    money(a.revenue),
                    money(b.revenue),
                    share(a.revenue, nowTotal.revenue),
                    share(b.revenue, thenTotal.revenue),
                    changePp(a.revenue, nowTotal.revenue, b.revenue, thenTotal.revenue),
                    growth(a.revenue, b.revenue));
            FeKgShare feKg = new FeKgShare(
                    a.feKg,
                    b.feKg,
                    share(a.feKg, nowTotal.feKg),
                    share(b.feKg, thenTotal.feKg),
                    changePp(a.feKg, nowTotal.feKg, b.feKg, thenTotal.feKg),
                    growth(a.feKg, b.feKg));
            rows.add(new ShareRow(k, revenue, feKg));
        }
        rows.sort(order);
        return List.copyOf(rows);
    }

    /** feKg counts every sale; revenue only the sales in {@code currency}, money never being converted. */
    private Map<String, Sums> sumBy(List<SalesFact> sales, String currency, Function<SalesFact, String> key) {
        Map<String, Sums> sums = new HashMap<>();
        for (SalesFact fact : sales) {
            Sums s = sums.computeIfAbsent(key.apply(fact), k -> new Sums());
            s.feKg = s.feKg.add(this.factors.feKg(fact.productForm(), fact.volume()));
            if (fact.currency().equals(currency)) {
                s.revenue = s.revenue.add(fact.revenue());
            }
        }
        return sums;
    }

    private static Sums total(Map<String, Sums> byKey) {
        Sums total = new Sums();
        for (Sums s : byKey.values()) {
            total.revenue = total.revenue.add(s.revenue);
            total.feKg = total.feKg.add(s.feKg);
        }
        return total;
    }

    private static List<RepeatPurchaseRow> repeatPurchase(List<CustomerOrdersFact> orders) {
        Map<ProductForm, Map<String, Long>> perForm = new EnumMap<>(ProductForm.class);
        for (CustomerOrdersFact fact : orders) {
            if (fact.orders() > 0) {
                perForm.computeIfAbsent(fact.productForm(), f -> new TreeMap<>())
                        .merge(fact.customerId(), fact.orders(), Long::sum);
            }
        }
        List<RepeatPurchaseRow> rows = new ArrayList<>();
        perForm.forEach((form, byCustomer) -> {
            long customers = byCustomer.size();
            long repeat = byCustomer.values().stream().filter(n -> n >= 2).count();
            rows.add(new RepeatPurchaseRow(
                    form,
                    customers,
                    repeat,
                    BigDecimal.valueOf(repeat).divide(BigDecimal.valueOf(customers), 4, RoundingMode.HALF_EVEN)));
        });
        return List.copyOf(rows);
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static @Nullable BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? null : part.divide(total, 4, RoundingMode.HALF_EVEN);
    }

    /** 100 x (a/A - b/B) = 100 x (a B - b A) / (A B): one division, so the change is exact before rounding. */
    static @Nullable BigDecimal changePp(BigDecimal a, BigDecimal totalA, BigDecimal b, BigDecimal totalB) {
        if (totalA.signum() == 0 || totalB.signum() == 0) {
            return null;
        }
        BigDecimal numerator = a.multiply(totalB).subtract(b.multiply(totalA)).multiply(HUNDRED);
        return numerator.divide(totalA.multiply(totalB), 2, RoundingMode.HALF_EVEN);
    }

    /** this / previous - 1 = (this - previous) / previous. */
    static @Nullable BigDecimal growth(BigDecimal current, BigDecimal previous) {
        return previous.signum() == 0 ? null : current.subtract(previous).divide(previous, 4, RoundingMode.HALF_EVEN);
    }

    private static final class Sums {
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal feKg = BigDecimal.ZERO;
    }
}
