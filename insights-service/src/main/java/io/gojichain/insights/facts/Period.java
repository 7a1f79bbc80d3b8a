package io.gojichain.insights.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * An inclusive range of days in the insights zone, as the {@code from}/{@code to} query parameters
 * give it. A query's period lies within {@link #FIRST_DAY}..{@link #LAST_DAY} (the days an event
 * can count in) and spans at most the endpoint's maximum, so that no query costs more than its
 * period: both are checked by {@link #of(LocalDate, LocalDate, LocalDate, int, int)}.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The first day an event can count in (the contract refuses eventTimes before 2000). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    /** The last day a query may name: four-digit years. */
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

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

    /**
     * The same, for a query: both days within {@link #FIRST_DAY}..{@link #LAST_DAY}, and at most
     * {@code maxDays} days, else a 400 naming the parameter and the limit.
     */
    public static Period of(
            @Nullable LocalDate from, @Nullable LocalDate to, LocalDate today, int defaultDays, int maxDays) {
        within("from", from);
        within("to", to);
        Period period = of(from, to, today, defaultDays);
        within("from", period.from());
        if (period.days() > maxDays) {
            throw new InvalidQueryException(
                    "from",
                    "the period " + period.from() + ".." + period.to() + " has " + period.days()
                            + " days; this endpoint answers at most " + maxDays + " days");
        }
        return period;
    }

    /** A 400 unless {@code day} is absent or within {@link #FIRST_DAY}..{@link #LAST_DAY}. */
    public static void within(String parameter, @Nullable LocalDate day) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            throw new InvalidQueryException(
                    parameter, parameter + " (" + day + ") is outside " + FIRST_DAY + ".." + LAST_DAY);
        }
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
