package io.gojichain.insights.demand;

import io.gojichain.insights.facts.InvalidQueryException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * Calendar buckets in the insights zone, each with the longest period it may be asked for (a day
 * bucket over a decade would be thousands of rows nobody reads).
 */
enum DemandBucket {
    DAY("day", 366),
    /** ISO weeks: Monday to Sunday. */
    WEEK("week", 3660),
    MONTH("month", 3660);

    private final String parameter;

    private final int maxDays;

    DemandBucket(String parameter, int maxDays) {
        this.parameter = parameter;
        this.maxDays = maxDays;
    }

    String parameter() {
        return this.parameter;
    }

    int maxDays() {
        return this.maxDays;
    }

    /** The first day of the bucket holding {@code day}. */
    LocalDate start(LocalDate day) {
        switch (this) {
            case WEEK:
                return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                return day;
        }
    }

    static DemandBucket parse(String value) {
        return Arrays.stream(values())
                .filter(bucket -> bucket.parameter.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidQueryException(
                        "bucket", "bucket must be one of day, week, month; not '" + value + "'"));
    }
}
