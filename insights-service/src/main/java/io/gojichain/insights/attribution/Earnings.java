package io.gojichain.insights.attribution;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What sales (or shares of sales) earned, exactly: feKg, revenue per currency, and the feKg sold in
 * each currency, so that value per fresh kg is per currency (revenue in it / feKg sold in it, as
 * {@code /prices} does). Rounded only when read: feKg to 6 places, money to the cent, HALF_EVEN.
 * Mutable; not thread-safe.
 */
public final class Earnings {

    public static final int FE_KG_SCALE = 6;

    public static final int MONEY_SCALE = 2;

    private final ExactSum feKg = new ExactSum();

    private final Map<String, ExactSum> revenue = new TreeMap<>();

    private final Map<String, ExactSum> feKgByCurrency = new TreeMap<>();

    private long orders;

    /** Adds {@code share} (a quotient {@code part / whole}) of a sale's feKg and revenue. */
    public Earnings addShare(
            BigDecimal saleFeKg, BigDecimal saleRevenue, String currency, BigDecimal part, BigDecimal whole) {
        BigDecimal fe = saleFeKg.multiply(part);
        this.feKg.add(fe, whole);
        this.feKgByCurrency.computeIfAbsent(currency, c -> new ExactSum()).add(fe, whole);
        this.revenue.computeIfAbsent(currency, c -> new ExactSum()).add(saleRevenue.multiply(part), whole);
        return this;
    }

    /** Order lines that contributed, whatever their share. */
    public Earnings addOrders(long count) {
        this.orders += count;
        return this;
    }

    public Earnings add(Earnings other) {
        this.feKg.add(other.feKg);
        other.revenue.forEach(
                (c, sum) -> this.revenue.computeIfAbsent(c, k -> new ExactSum()).add(sum));
        other.feKgByCurrency.forEach((c, sum) ->
                this.feKgByCurrency.computeIfAbsent(c, k -> new ExactSum()).add(sum));
        this.orders += other.orders;
        return this;
    }

    public Earnings subtract(Earnings other) {
        this.feKg.subtract(other.feKg);
        other.revenue.forEach(
                (c, sum) -> this.revenue.computeIfAbsent(c, k -> new ExactSum()).subtract(sum));
        other.feKgByCurrency.forEach((c, sum) ->
                this.feKgByCurrency.computeIfAbsent(c, k -> new ExactSum()).subtract(sum));
        this.orders -= other.orders;
        return this;
    }

    public long orders() {
        return this.orders;
    }

    public boolean isEmpty() {
        return this.orders == 0 && this.revenue.isEmpty() && this.feKg.signum() == 0;
    }

    /** feKg, 6 places. */
    public BigDecimal soldFeKg() {
        return this.feKg.round(FE_KG_SCALE);
    }

    /** The exact feKg, for comparisons before any rounding. */
    public ExactSum exactFeKg() {
        return this.feKg.copy();
    }

    /** The exact revenue in one currency (zero when none). */
    public ExactSum exactRevenue(String currency) {
        ExactSum sum = this.revenue.get(currency);
        return (sum == null) ? new ExactSum() : sum.copy();
    }

    /** The exact feKg sold in one currency (zero when none). */
    public ExactSum exactFeKg(String currency) {
        ExactSum sum = this.feKgByCurrency.get(currency);
        return (sum == null) ? new ExactSum() : sum.copy();
    }

    /** Revenue per currency, to the cent, as decimal strings. */
    public Map<String, String> revenue() {
        Map<String, String> money = new TreeMap<>();
        this.revenue.forEach(
                (currency, sum) -> money.put(currency, sum.round(MONEY_SCALE).toPlainString()));
        return money;
    }

    /** Per currency: revenue in it / feKg sold in it, to the cent; currencies with no feKg left out. */
    public Map<String, String> valuePerFreshKg() {
        Map<String, String> values = new TreeMap<>();
        this.revenue.forEach((currency, sum) -> {
            BigDecimal value = sum.dividedBy(exactFeKg(currency), MONEY_SCALE);
            if (value != null) {
                values.put(currency, value.toPlainString());
            }
        });
        return values;
    }
}
