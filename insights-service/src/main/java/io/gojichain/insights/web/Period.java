package io.gojichain.insights.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of days in the insights zone, as the {@code from}/{@code to} query parameters
 * give it.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from.isAfter(to)) {
            throw new InvalidQueryException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /**
     * The period the parameters name; a missing {@code to} is today, a missing {@code from} is
     * {@code defaultDays - 1} days before {@code to}.
     */
    public static Period of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today, int defaultDays) {
        LocalDate end = (to != null) ? to : today;
        LocalDate start = (from != null) ? from : end.minusDays(defaultDays - 1L);
        return new Period(start, end);
    }

    /** Number of days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(this.from, this.to) + 1;
    }

    /** The period of the same length just before this one. */
    public Period previous() {
        long length = days();
        return new Period(this.from.minusDays(length), this.from.minusDays(1));
    }
}
