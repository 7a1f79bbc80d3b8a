package io.gojichain.insights.signals;

import io.gojichain.insights.signals.SalesAggregates.DemandTotals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How far a change in a province's feKg stands out from chance: {@code (F1 - F0) / sqrt(F1^2 / n1 +
 * F0^2 / n0)}, with F the feKg and n the orders of the period and of the period before.
 *
 * <p>Why: orders arrive like a Poisson process, so a total of n orders of mean size F / n varies by
 * about F / sqrt(n) from period to period even when nothing changed. Gansu going from 4 to 8 juice
 * orders (+233 % feKg) is that noise; Guangdong going from 114 to 237 is a trend. The variance
 * counts each order at the period's mean size (it leaves out the spread of order sizes), so the score
 * is an upper bound; the threshold of 2 allows for that.
 *
 * <p>{@link #atLeast} compares without rounding or square roots: {@code (F1 - F0)^2 x n1 x n0 >=
 * min^2 x (F1^2 x n0 + F0^2 x n1)}; a period without orders contributes no variance.
 */
final class ChangeScore {

    private ChangeScore() {}

    static boolean atLeast(DemandTotals now, DemandTotals before, BigDecimal min) {
        BigDecimal change = now.feKg().subtract(before.feKg());
        BigDecimal n1 = BigDecimal.valueOf(now.orders());
        BigDecimal n0 = BigDecimal.valueOf(before.orders());
        BigDecimal squared = change.multiply(change);
        BigDecimal bound = min.multiply(min);
        if (now.orders() == 0) {
            return squared.multiply(n0).compareTo(bound.multiply(square(before.feKg()))) >= 0;
        }
        if (before.orders() == 0) {
            return squared.multiply(n1).compareTo(bound.multiply(square(now.feKg()))) >= 0;
        }
        BigDecimal variance =
                square(now.feKg()).multiply(n0).add(square(before.feKg()).multiply(n1));
        return squared.multiply(n1).multiply(n0).compareTo(bound.multiply(variance)) >= 0;
    }

    /** The score to {@code places} HALF_EVEN (for readers and ranking; the rules decide with {@link #atLeast}). */
    static BigDecimal of(DemandTotals now, DemandTotals before, int places) {
        BigDecimal variance = perOrder(now).add(perOrder(before));
        if (variance.signum() == 0) {
            return BigDecimal.ZERO.setScale(places);
        }
        BigDecimal spread = variance.sqrt(MathContext.DECIMAL64);
        return now.feKg().subtract(before.feKg()).divide(spread, places, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal perOrder(DemandTotals totals) {
        return totals.orders() == 0
                ? BigDecimal.ZERO
                : square(totals.feKg()).divide(BigDecimal.valueOf(totals.orders()), MathContext.DECIMAL64);
    }

    private static BigDecimal square(BigDecimal value) {
        return value.multiply(value);
    }
}
