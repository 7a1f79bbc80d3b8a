package io.gojichain.insights.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running totals of one partition in one value (keys of {@link TotalKeys}): one
 * read-modify-write per event instead of one per total, and a single hot key that the record cache
 * absorbs. Sums of exact decimals, so the totals of several partitions (or instances) merge by
 * adding them.
 */
record RunningTotals(Map<String, BigDecimal> amounts) {

    /** The one key of a totals store. */
    static final String KEY = "totals";

    static RunningTotals of(Map<String, BigDecimal> amounts) {
        return new RunningTotals(new TreeMap<>(amounts));
    }

    RunningTotals plus(RunningTotals other) {
        Map<String, BigDecimal> sum = new TreeMap<>(this.amounts);
        other.amounts.forEach((key, amount) -> sum.merge(key, amount, BigDecimal::add));
        return new RunningTotals(sum);
    }

    static RunningTotals read(BinaryReader in) {
        long size = in.readLong();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (long i = 0; i < size; i++) {
            amounts.put(in.readString(), in.readDecimal());
        }
        return new RunningTotals(amounts);
    }
}
