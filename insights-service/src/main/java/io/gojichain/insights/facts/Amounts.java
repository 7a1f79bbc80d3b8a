package io.gojichain.insights.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** How amounts go on the wire: money as 2-place strings per currency, quantities as exact numbers. */
public final class Amounts {

    private Amounts() {}

    /** Currency -> decimal string with 2 places (HALF_EVEN), sorted by currency. */
    public static SortedMap<String, String> money(Map<String, BigDecimal> amounts) {
        SortedMap<String, String> money = new TreeMap<>();
        amounts.forEach((currency, amount) ->
                money.put(currency, amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString()));
        return money;
    }

    /** An exact quantity without trailing zeros (33.750 -> 33.75); written as a plain JSON number. */
    public static BigDecimal quantity(BigDecimal value) {
        return (value.signum() == 0) ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
