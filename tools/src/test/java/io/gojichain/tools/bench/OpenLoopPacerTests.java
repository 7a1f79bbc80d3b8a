package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OpenLoopPacerTests {

    @Test
    void aThousandASecondIsOneEveryMillisecondFromTheStart() {
        OpenLoopPacer pacer = new OpenLoopPacer(1000, 5_000_000_000L);
        assertThat(pacer.dueNanos(0)).isEqualTo(5_000_000_000L);
        assertThat(pacer.dueNanos(1)).isEqualTo(5_001_000_000L);
        assertThat(pacer.dueNanos(1000)).isEqualTo(6_000_000_000L);
    }

    @Test
    void countsWhatIsDueAtAnyInstant() {
        OpenLoopPacer pacer = new OpenLoopPacer(1000, 0);
        assertThat(pacer.dueBy(-1)).isZero();
        // the first is due at once, the second one millisecond later
        assertThat(pacer.dueBy(0)).isEqualTo(1);
        assertThat(pacer.dueBy(999_999)).isEqualTo(1);
        assertThat(pacer.dueBy(1_000_000)).isEqualTo(2);
        assertThat(pacer.dueBy(1_000_000_000)).isEqualTo(1001);
    }

    @Test
    void ratesThatDoNotDivideASecondKeepTheirAverage() {
        OpenLoopPacer pacer = new OpenLoopPacer(3, 0);
        assertThat(pacer.dueNanos(1)).isEqualTo(333_333_333L);
        assertThat(pacer.dueNanos(2)).isEqualTo(666_666_666L);
        assertThat(pacer.dueNanos(3)).isEqualTo(1_000_000_000L);
        // after a minute exactly 3 x 60 intervals have passed: 181 requests were due
        assertThat(pacer.dueBy(60_000_000_000L)).isEqualTo(181);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OpenLoopPacer(0, 0));
    }
}
