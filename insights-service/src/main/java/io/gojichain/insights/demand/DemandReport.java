package io.gojichain.insights.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Demand per calendar bucket and dimension key (docs/CONTRACT.md section 3), rows sorted by
 * {@code bucketStart} then {@code key}.
 *
 * @param zone the calendar of the buckets, e.g. Asia/Shanghai
 * @param period the days asked for, both ends included (added to the contract's fields)
 */
record DemandReport(String dimension, String bucket, String zone, Period period, List<Row> rows) {

    /** The inclusive days the rows cover. */
    record Period(LocalDate from, LocalDate to) {}

    /**
     * One bucket and key. A bucket cut by the period (a week starting before {@code from}) keeps
     * its calendar start as {@code bucketStart} but counts only the days inside the period.
     *
     * @param orders order lines ({@code sold} events)
     * @param units packs sold
     * @param feKg fresh-equivalent kg: quantity x packSize x factor(productForm), exact
     * @param revenue currency -> decimal string with 2 places
     */
    record Row(
            LocalDate bucketStart,
            String key,
            long orders,
            long units,
            BigDecimal feKg,
            SortedMap<String, String> revenue) {}
}
