package io.gojichain.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.insights.facts.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardCalendarTests {

    @Test
    void inTheSeasonItRunsFromTheFirstOfJuneToToday() {
        DashboardCalendar calendar = DashboardCalendar.of("Asia/Shanghai", LocalDate.of(2026, 9, 14));

        assertThat(calendar.zone()).isEqualTo("Asia/Shanghai");
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(calendar.season()).isEqualTo(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 14)));
    }

    @Test
    void onItsFirstDayTheSeasonIsOneDayLong() {
        assertThat(DashboardCalendar.of("Asia/Shanghai", LocalDate.of(2026, 6, 1))
                        .season())
                .isEqualTo(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)));
    }

    @Test
    void afterOctoberItIsTheWholeSeasonJustEnded() {
        assertThat(DashboardCalendar.of("Asia/Shanghai", LocalDate.of(2026, 11, 20))
                        .season())
                .isEqualTo(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31)));
        assertThat(DashboardCalendar.of("Asia/Shanghai", LocalDate.of(2026, 10, 31))
                        .season())
                .isEqualTo(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void beforeJuneItIsLastYearsSeason() {
        assertThat(DashboardCalendar.of("Asia/Shanghai", LocalDate.of(2027, 3, 2))
                        .season())
                .isEqualTo(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31)));
        assertThat(DashboardCalendar.of("Asia/Shanghai", LocalDate.of(2027, 5, 31))
                        .season())
                .isEqualTo(new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31)));
    }
}
