package io.gojichain.insights.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class HoltWintersTests {

    private static final Offset<Double> EXACT = within(1e-9);

    /** The defaults of docs/DOMAIN.md: alpha 0.3, beta 0.1, gamma 0.1, weekly season, Holt below 14 days. */
    private static final HoltWinters.Settings WEEKLY = new HoltWinters.Settings(0.3, 0.1, 0.1, 7, 14);

    @Test
    void holtByHand() {
        // y = 10, 12, 13, 15; alpha 0.3, beta 0.1; two halves of h = 2 days
        // A1 = (10+12)/2 = 11, A2 = (13+15)/2 = 14, b = (14-11)/2 = 1.5, start level (day -1) = 11 - 1.5*3/2 = 8.75
        // day 0: yhat = 8.75 + 1.5 = 10.25
        //        l = 0.3*10 + 0.7*10.25 = 3 + 7.175 = 10.175
        //        b = 0.1*(10.175-8.75) + 0.9*1.5 = 0.1425 + 1.35 = 1.4925
        // day 1: yhat = 10.175 + 1.4925 = 11.6675
        //        l = 0.3*12 + 0.7*11.6675 = 3.6 + 8.16725 = 11.76725
        //        b = 0.1*(11.76725-10.175) + 0.9*1.4925 = 0.159225 + 1.34325 = 1.502475
        // day 2: yhat = 11.76725 + 1.502475 = 13.269725
        //        l = 0.3*13 + 0.7*13.269725 = 3.9 + 9.2888075 = 13.1888075
        //        b = 0.1*(13.1888075-11.76725) + 0.9*1.502475 = 0.14215575 + 1.3522275 = 1.49438325
        // day 3: yhat = 13.1888075 + 1.49438325 = 14.68319075
        //        l = 0.3*15 + 0.7*14.68319075 = 4.5 + 10.278233525 = 14.778233525
        //        b = 0.1*(14.778233525-13.1888075) + 0.9*1.49438325 = 0.1589426025 + 1.344944925 = 1.5038875275
        // forecast h=1: 14.778233525 + 1.5038875275 = 16.2821210525; h=2: + 1.5038875275 = 17.78600858
        HoltWinters.Fit fit = HoltWinters.fit(new double[] {10, 12, 13, 15}, WEEKLY);

        assertThat(fit.model()).isEqualTo(ModelType.HOLT);
        assertThat(fit.oneStep()[0]).isCloseTo(10.25, EXACT);
        assertThat(fit.oneStep()[1]).isCloseTo(11.6675, EXACT);
        assertThat(fit.oneStep()[2]).isCloseTo(13.269725, EXACT);
        assertThat(fit.oneStep()[3]).isCloseTo(14.68319075, EXACT);
        assertThat(fit.level()).isCloseTo(14.778233525, EXACT);
        assertThat(fit.trend()).isCloseTo(1.5038875275, EXACT);
        assertThat(fit.forecast(1)).isCloseTo(16.2821210525, EXACT);
        assertThat(fit.forecast(2)).isCloseTo(17.78600858, EXACT);
        assertThat(fit.firstErrorIndex()).isEqualTo(0);
    }

    @Test
    void holtOnLumpySalesKeepsAPlausibleLevel() {
        // a launch day of 866.25 feKg, six quiet days, 1237.5 the next week, four quiet days: 2103.75 feKg in
        // 12 days. The halves (6 days each: 866.25/6 and 1237.5/6) give a small rising trend at the start,
        // so the forecast stays in the range of the data's daily mean (175 feKg) instead of diving below 0
        // as a trend taken from the first two days (0 - 866.25) would.
        double[] y = {866.25, 0, 0, 0, 0, 0, 0, 1237.5, 0, 0, 0, 0};
        HoltWinters.Fit fit = HoltWinters.fit(y, WEEKLY);

        for (int h = 1; h <= 7; h++) {
            assertThat(fit.forecast(h)).isBetween(50.0, 175.0);
        }
    }

    @Test
    void holtWintersByHand() {
        // season m = 2 (so that the arithmetic fits in a comment), Holt-Winters from 4 days
        // y = 10, 20, 12, 22, 15, 23
        // A1 = (10+20)/2 = 15, A2 = (12+22)/2 = 17, b = (17-15)/2 = 1
        // level on day i of the first season = 15 + 1*(i - 0.5): 14.5, 15.5
        // s = [10-14.5, 20-15.5] = [-4.5, 4.5]; start level (day -1) = 15 - 1*(3/2) = 13.5
        // days 0-3 lie on 13.5 + (t+1) + s[t mod 2] exactly: errors 0, state moves 1 a day
        //   -> after day 3: l = 17.5, b = 1, s = [-4.5, 4.5]
        // day 4 (phase 0): yhat = 17.5 + 1 - 4.5 = 14; y = 15
        //   l = 0.3*(15+4.5) + 0.7*(17.5+1) = 5.85 + 12.95 = 18.8
        //   b = 0.1*(18.8-17.5) + 0.9*1 = 1.03
        //   s0 = 0.1*(15-18.8) + 0.9*(-4.5) = -0.38 - 4.05 = -4.43
        // day 5 (phase 1): yhat = 18.8 + 1.03 + 4.5 = 24.33; y = 23
        //   l = 0.3*(23-4.5) + 0.7*(18.8+1.03) = 5.55 + 13.881 = 19.431
        //   b = 0.1*(19.431-18.8) + 0.9*1.03 = 0.0631 + 0.927 = 0.9901
        //   s1 = 0.1*(23-19.431) + 0.9*4.5 = 0.3569 + 4.05 = 4.4069
        // forecast h=1 (day 6, phase 0): 19.431 + 0.9901 - 4.43 = 15.9911
        //          h=2 (day 7, phase 1): 19.431 + 2*0.9901 + 4.4069 = 25.8181
        HoltWinters.Settings twoDaySeason = new HoltWinters.Settings(0.3, 0.1, 0.1, 2, 4);
        HoltWinters.Fit fit = HoltWinters.fit(new double[] {10, 20, 12, 22, 15, 23}, twoDaySeason);

        assertThat(fit.model()).isEqualTo(ModelType.HOLT_WINTERS);
        assertThat(fit.oneStep()).hasSize(6);
        assertThat(fit.oneStep()[0]).isCloseTo(10.0, EXACT);
        assertThat(fit.oneStep()[1]).isCloseTo(20.0, EXACT);
        assertThat(fit.oneStep()[2]).isCloseTo(12.0, EXACT);
        assertThat(fit.oneStep()[3]).isCloseTo(22.0, EXACT);
        assertThat(fit.oneStep()[4]).isCloseTo(14.0, EXACT);
        assertThat(fit.oneStep()[5]).isCloseTo(24.33, EXACT);
        assertThat(fit.level()).isCloseTo(19.431, EXACT);
        assertThat(fit.trend()).isCloseTo(0.9901, EXACT);
        assertThat(fit.seasonal()).containsExactly(new double[] {-4.43, 4.4069}, EXACT);
        assertThat(fit.forecast(1)).isCloseTo(15.9911, EXACT);
        assertThat(fit.forecast(2)).isCloseTo(25.8181, EXACT);
        assertThat(fit.seasonalAhead(1)).isCloseTo(-4.43, EXACT);
        assertThat(fit.seasonalAhead(2)).isCloseTo(4.4069, EXACT);
        assertThat(fit.firstErrorIndex()).isEqualTo(2);
    }

    @Test
    void holtUntilTwoWeeksThenHoltWinters() {
        assertThat(HoltWinters.fit(new double[13], WEEKLY).model()).isEqualTo(ModelType.HOLT);
        assertThat(HoltWinters.fit(new double[14], WEEKLY).model()).isEqualTo(ModelType.HOLT_WINTERS);
        assertThat(HoltWinters.fit(new double[0], WEEKLY).model()).isEqualTo(ModelType.NONE);
    }

    @Test
    void aSingleDayForecastsItselfFlat() {
        HoltWinters.Fit fit = HoltWinters.fit(new double[] {7.5}, WEEKLY);

        assertThat(fit.forecast(1)).isCloseTo(7.5, EXACT);
        assertThat(fit.forecast(30)).isCloseTo(7.5, EXACT);
    }

    @Test
    void aFlatSeriesForecastsFlat() {
        for (int days : new int[] {5, 13, 14, 60}) {
            double[] y = new double[days];
            java.util.Arrays.fill(y, 42.0);
            HoltWinters.Fit fit = HoltWinters.fit(y, WEEKLY);
            for (int h = 1; h <= 14; h++) {
                assertThat(fit.forecast(h)).as("%d days, h=%d", days, h).isCloseTo(42.0, EXACT);
            }
            assertThat(fit.trend()).isCloseTo(0.0, EXACT);
        }
    }

    @Test
    void aLinearSeriesForecastsTheLine() {
        // y = 10 + 2t: Holt (10 days) and Holt-Winters (14 and 60 days) both continue the line
        for (int days : new int[] {10, 14, 60}) {
            double[] y = new double[days];
            for (int t = 0; t < days; t++) {
                y[t] = 10 + 2.0 * t;
            }
            HoltWinters.Fit fit = HoltWinters.fit(y, WEEKLY);
            for (int h = 1; h <= 14; h++) {
                double expected = 10 + 2.0 * (days - 1 + h);
                assertThat(fit.forecast(h)).as("%d days, h=%d", days, h).isCloseTo(expected, within(1e-6));
            }
            assertThat(fit.trend()).isCloseTo(2.0, within(1e-9));
        }
    }

    @Test
    void aWeeklyPatternIsReproduced() {
        // four weeks of 100 + pattern, with a rising trend of 0.5 a day; the next two weeks continue both
        double[] pattern = {-20, -10, 0, 5, 10, 30, -8};
        double[] y = new double[28];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 0.5 * t + pattern[t % 7];
        }
        HoltWinters.Fit fit = HoltWinters.fit(y, WEEKLY);

        assertThat(fit.model()).isEqualTo(ModelType.HOLT_WINTERS);
        for (int h = 1; h <= 14; h++) {
            int t = 27 + h;
            assertThat(fit.forecast(h)).as("h=%d", h).isCloseTo(100 + 0.5 * t + pattern[t % 7], within(1e-6));
        }
        // the pattern sums to 7: the level takes its mean (1), the seasonal terms the rest
        for (int h = 1; h <= 7; h++) {
            assertThat(fit.seasonalAhead(h)).isCloseTo(pattern[(27 + h) % 7] - 1.0, within(1e-6));
        }
    }
}
