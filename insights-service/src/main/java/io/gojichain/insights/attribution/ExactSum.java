package io.gojichain.insights.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sum of quotients {@code numerator / denominator}, kept exactly: a share of a sale is its feKg
 * (or revenue) times the kg a lot gave over the batch's input kg, which no decimal holds exactly.
 * Terms are added up per denominator (each a finite decimal sum, so adding stays cheap) and
 * combined into one fraction only when rounded, once, with {@link RoundingMode#HALF_EVEN}.
 * Mutable; not thread-safe.
 */
public final class ExactSum {

    /** denominator (trailing zeros stripped) -> sum of the numerators over it. */
    private final Map<BigDecimal, BigDecimal> byDenominator = new HashMap<>();

    public static ExactSum of(BigDecimal value) {
        return new ExactSum().add(value);
    }

    public ExactSum add(BigDecimal value) {
        return add(value, BigDecimal.ONE);
    }

    /** Adds {@code numerator / denominator}; the denominator must not be zero. */
    public ExactSum add(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("a share over zero");
        }
        BigDecimal key = denominator.stripTrailingZeros();
        BigDecimal value = numerator;
        if (key.signum() < 0) {
            key = key.negate();
            value = value.negate();
        }
        this.byDenominator.merge(key, value, BigDecimal::add);
        return this;
    }

    public ExactSum add(ExactSum other) {
        other.byDenominator.forEach(
                (denominator, numerator) -> this.byDenominator.merge(denominator, numerator, BigDecimal::add));
        return this;
    }

    public ExactSum subtract(ExactSum other) {
        other.byDenominator.forEach(
                (denominator, numerator) -> this.byDenominator.merge(denominator, numerator.negate(), BigDecimal::add));
        return this;
    }

    public ExactSum copy() {
        return new ExactSum().add(this);
    }

    public int signum() {
        return fraction().numerator.signum();
    }

    /** The exact value rounded once to {@code scale} places, HALF_EVEN. */
    public BigDecimal round(int scale) {
        return fraction().round(scale);
    }

    /** {@code this / divisor} rounded once to {@code scale} places; null when the divisor is zero. */
    public @Nullable BigDecimal dividedBy(ExactSum divisor, int scale) {
        Fraction top = fraction();
        Fraction bottom = divisor.fraction();
        if (bottom.numerator.signum() == 0) {
            return null;
        }
        return new Fraction(top.numerator.multiply(bottom.denominator), top.denominator.multiply(bottom.numerator))
                .round(scale);
    }

    private Fraction fraction() {
        Fraction sum = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        for (Map.Entry<BigDecimal, BigDecimal> term : this.byDenominator.entrySet()) {
            sum = sum.plus(Fraction.of(term.getValue(), term.getKey()));
        }
        return sum;
    }

    /** numerator / denominator in integers; the denominator is not zero. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {

        /** {@code n / d} for decimals: n = a x 10^-s, d = b x 10^-t, so n / d = a x 10^t / (b x 10^s). */
        static Fraction of(BigDecimal n, BigDecimal d) {
            BigInteger a = n.unscaledValue();
            BigInteger b = d.unscaledValue();
            int s = n.scale();
            int t = d.scale();
            BigInteger numerator = (t >= 0) ? a.multiply(BigInteger.TEN.pow(t)) : a;
            BigInteger denominator = (t >= 0) ? b : b.multiply(BigInteger.TEN.pow(-t));
            if (s >= 0) {
                denominator = denominator.multiply(BigInteger.TEN.pow(s));
            } else {
                numerator = numerator.multiply(BigInteger.TEN.pow(-s));
            }
            return reduced(numerator, denominator);
        }

        Fraction plus(Fraction other) {
            if (other.numerator.signum() == 0) {
                return this;
            }
            if (this.numerator.signum() == 0) {
                return other;
            }
            return reduced(
                    this.numerator.multiply(other.denominator).add(other.numerator.multiply(this.denominator)),
                    this.denominator.multiply(other.denominator));
        }

        BigDecimal round(int scale) {
            return new BigDecimal(this.numerator)
                    .divide(new BigDecimal(this.denominator), scale, RoundingMode.HALF_EVEN);
        }

        private static Fraction reduced(BigInteger numerator, BigInteger denominator) {
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger gcd = numerator.gcd(denominator);
            if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
                return new Fraction(numerator, denominator);
            }
            return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
        }
    }
}
