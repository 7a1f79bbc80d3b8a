package io.gojichain.insights.dashboard;

import io.gojichain.insights.facts.Period;
import java.time.LocalDate;
import java.time.Month;

/**
 * The days the dashboard's period picker counts from. "Today" is the service's (insights zone,
 * service clock), not the browser's: a browser in another zone, or a demo clock, would otherwise
 * ask for days the buckets do not have.
 *
 * @param zone the insights zone every bucket is in
 * @param today today in that zone
 * @param season the goji season that last started (1 June to 31 October), ending today while it runs
 */
record DashboardCalendar(String zone, LocalDate today, Period season) {

    /** Picking starts mid-to-late June; the autumn flush ends in October (docs/DOMAIN.md). */
    static final Month SEASON_START = Month.JUNE;

    static final Month SEASON_END = Month.OCTOBER;

    static DashboardCalendar of(String zone, LocalDate today) {
        int year = (today.getMonthValue() >= SEASON_START.getValue()) ? today.getYear() : today.getYear() - 1;
        LocalDate start = LocalDate.of(year, SEASON_START, 1);
        LocalDate end = LocalDate.of(year, SEASON_END, SEASON_END.maxLength());
        return new DashboardCalendar(zone, today, new Period(start, today.isBefore(end) ? today : end));
    }
}
