package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyTests {

    @Test
    void percentilesOfOneToATenThousandMillisecondsInMilliseconds() {
        Histogram micros = Latency.newHistogram();
        for (int ms = 1; ms <= 10_000; ms++) {
            micros.recordValue(ms * 1000L);
        }
        Latency latency = Latency.of(micros);
        assertThat(latency.count()).isEqualTo(10_000);
        // the histogram keeps three significant digits: values within 0.1 %
        assertThat(latency.p50Ms()).isCloseTo(5000, within(5.0));
        assertThat(latency.p99Ms()).isCloseTo(9900, within(10.0));
        assertThat(latency.p999Ms()).isCloseTo(9990, within(10.0));
        assertThat(latency.maxMs()).isCloseTo(10_000, within(10.0));
        assertThat(latency.meanMs()).isCloseTo(5000.5, within(5.0));
    }

    @Test
    void anEmptyHistogramIsAllZero() {
        assertThat(Latency.of(Latency.newHistogram())).isEqualTo(new Latency(0, 0, 0, 0, 0, 0));
    }

    @Test
    void roundsToThreeSignificantDigits() {
        assertThat(Latency.round(0.123456)).isEqualTo(0.123);
        assertThat(Latency.round(12.3456)).isEqualTo(12.3);
        assertThat(Latency.round(1234.56)).isEqualTo(1230.0);
        assertThat(Latency.round(0)).isEqualTo(0.0);
    }
}
