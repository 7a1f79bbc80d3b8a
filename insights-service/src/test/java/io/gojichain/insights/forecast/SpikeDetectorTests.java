package io.gojichain.insights.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeDetectorTests {

    @Test
    void spreadAndThresholdByHand() {
        // expected is 10 every day; errors (actual - 10), first usable error at index 1, warm-up 3:
        //   index: 0    1   2   3   4   5    6
        //   error: n/a  1  -1   1   2   4   -5
        // spread after warm-up (indices 1-3) = (1+1+1)/3 = 1
        // index 4: e = 2, threshold 3*1 = 3   -> no spike;  spread = 0.1*2 + 0.9*1   = 1.1
        // index 5: e = 4, threshold 3*1.1 = 3.3 -> spike;   spread = 0.1*4 + 0.9*1.1 = 1.39
        // index 6: e = -5, downward             -> no spike
        double[] actual = {99, 11, 9, 11, 12, 14, 5};
        double[] expected = {Double.NaN, 10, 10, 10, 10, 10, 10};

        List<SpikeDetector.Detection> spikes = SpikeDetector.detect(actual, expected, 1, 3);

        assertThat(spikes).hasSize(1);
        SpikeDetector.Detection spike = spikes.get(0);
        assertThat(spike.index()).isEqualTo(5);
        assertThat(spike.error()).isCloseTo(4.0, within(1e-12));
        assertThat(spike.threshold()).isCloseTo(3.3, within(1e-12));
    }

    @Test
    void aPerfectFitFlagsAnyRiseButNotFloatingPointDust() {
        double[] expected = {5, 5, 5, 5, 5};
        assertThat(SpikeDetector.detect(new double[] {5, 5, 5, 5, 5 + 1e-12}, expected, 0, 2))
                .isEmpty();
        assertThat(SpikeDetector.detect(new double[] {5, 5, 5, 5, 6}, expected, 0, 2))
                .extracting(SpikeDetector.Detection::index)
                .containsExactly(4);
    }

    @Test
    void tooShortForTheWarmUpFlagsNothing() {
        assertThat(SpikeDetector.detect(new double[] {1, 100}, new double[] {1, 1}, 0, 2))
                .isEmpty();
    }

    @Test
    void flagsAPlantedSpikeAndNotTheNoise() {
        // eight weeks: weekly pattern, noise of up to +-4 feKg, and a livestream sell-out on day 40
        double[] pattern = {-20, -10, 0, 5, 10, 30, -15};
        double[] noise = {3, -2, 4, -1, -4, 2, 0, 1, -3, 2};
        double[] y = new double[56];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + pattern[t % 7] + noise[t % noise.length];
        }
        y[40] += 150;
        HoltWinters.Fit fit = HoltWinters.fit(y, new HoltWinters.Settings(0.3, 0.1, 0.1, 7, 14));

        List<SpikeDetector.Detection> spikes = SpikeDetector.detect(y, fit.oneStep(), fit.firstErrorIndex(), 7);

        assertThat(spikes).extracting(SpikeDetector.Detection::index).containsExactly(40);
        assertThat(spikes.get(0).actual()).isEqualTo(y[40]);
    }
}
