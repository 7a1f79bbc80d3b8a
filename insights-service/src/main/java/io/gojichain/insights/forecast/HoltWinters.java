package io.gojichain.insights.forecast;

/**
 * Exponential smoothing of a daily series (doubles: the model is an estimate, exact sums stay
 * outside it). Conventions of Hyndman and Athanasopoulos, <i>Forecasting: principles and
 * practice</i>, sections 7.2 and 7.5, with Winters' original seasonal update and the two
 * initialisations explained below.
 *
 * <p><b>Holt</b> (linear trend), used while the series has fewer than {@code minDaysForSeason}
 * days (two seasons at least). Initial state from the first k = min(n, 2m) days split into two
 * halves of h = k/2 days, the same construction as Holt-Winters below without the season: A1, A2
 * the means of the halves, trend {@code b = (A2 - A1) / h}, level one day before the first
 * observation {@code l = A1 - b*(h+1)/2}. Then for every day t: {@code yhat = l + b}; {@code l' =
 * alpha*y + (1-alpha)*(l + b)}; {@code b' = beta*(l' - l) + (1-beta)*b}. Forecast h days ahead:
 * {@code l + h*b}. Why not the textbook {@code b = y1 - y0}: daily sales are lumpy (a launch day,
 * then quiet days), and a trend taken from two single days sent a week of real data to a forecast
 * of zero; means of half-weeks are steady, and a straight line is still continued exactly. A single
 * day gives level y0 and trend 0.
 *
 * <p><b>Additive Holt-Winters</b> with season m. Initial state, from the first two seasons: A1 and
 * A2 the means of the first and the second season; trend {@code b = (A2 - A1) / m}; level = A1,
 * placed in the middle of the first season, so the level on day i of that season is {@code A1 +
 * b*(i - (m-1)/2)}; seasonal {@code s[i] = y[i] - (that level)}, the first season minus its level.
 * With a flat first fortnight this is exactly the textbook initialisation (level = mean of the
 * first season, seasonal = first season minus level); placing the level in time as well keeps a
 * trend from leaking into the seasonal terms (the textbook form, run on a plain line of slope 2,
 * still forecasts up to 4.8 off after 60 days; this form forecasts the line exactly). The recursion
 * starts one day before the first observation ({@code l = A1 - b*(m+1)/2}) and runs over every
 * day t with phase p = t mod m: {@code yhat = l + b + s[p]}; {@code l' = alpha*(y - s[p]) +
 * (1-alpha)*(l + b)}; {@code b' = beta*(l' - l) + (1-beta)*b}; {@code s[p] = gamma*(y - l') +
 * (1-gamma)*s[p]}. Forecast h days after the last day n-1: {@code l + h*b + s[(n-1+h) mod m]}.
 *
 * <p>The one-step forecasts of Holt-Winters' first season reproduce the data by construction;
 * {@link Fit#firstErrorIndex()} is the first day whose error says something about the model (0 for
 * Holt, m for Holt-Winters).
 */
final class HoltWinters {

    private HoltWinters() {}

    /** Smoothing constants; {@code minDaysForSeason} is raised to two seasons if set lower. */
    record Settings(double alpha, double beta, double gamma, int seasonLength, int minDaysForSeason) {

        Settings {
            requireUnit("alpha", alpha);
            requireUnit("beta", beta);
            requireUnit("gamma", gamma);
            if (seasonLength < 2) {
                throw new IllegalArgumentException("seasonLength must be at least 2, was " + seasonLength);
            }
        }

        int daysForSeason() {
            return Math.max(this.minDaysForSeason, 2 * this.seasonLength);
        }

        private static void requireUnit(String name, double value) {
            if (!(value > 0.0 && value <= 1.0)) {
                throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
            }
        }
    }

    static Fit fit(double[] y, Settings settings) {
        if (y.length == 0) {
            return new Fit(ModelType.NONE, 0.0, 0.0, new double[0], new double[0], 0);
        }
        if (y.length < settings.daysForSeason()) {
            return holt(y, settings);
        }
        return holtWinters(y, settings);
    }

    private static Fit holt(double[] y, Settings settings) {
        double[] oneStep = new double[y.length];
        if (y.length == 1) {
            oneStep[0] = Double.NaN;
            return new Fit(ModelType.HOLT, y[0], 0.0, new double[0], oneStep, 1);
        }
        int half = Math.min(y.length, 2 * settings.seasonLength()) / 2;
        double firstMean = mean(y, 0, half);
        double trend = (mean(y, half, 2 * half) - firstMean) / half;
        double level = firstMean - trend * (half + 1) / 2.0;
        for (int t = 0; t < y.length; t++) {
            oneStep[t] = level + trend;
            double newLevel = settings.alpha() * y[t] + (1 - settings.alpha()) * (level + trend);
            trend = settings.beta() * (newLevel - level) + (1 - settings.beta()) * trend;
            level = newLevel;
        }
        return new Fit(ModelType.HOLT, level, trend, new double[0], oneStep, 0);
    }

    private static Fit holtWinters(double[] y, Settings settings) {
        int m = settings.seasonLength();
        double firstMean = mean(y, 0, m);
        double secondMean = mean(y, m, 2 * m);
        double trend = (secondMean - firstMean) / m;
        double[] seasonal = new double[m];
        for (int i = 0; i < m; i++) {
            seasonal[i] = y[i] - (firstMean + trend * (i - (m - 1) / 2.0));
        }
        double level = firstMean - trend * (m + 1) / 2.0;
        double[] oneStep = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            int phase = t % m;
            oneStep[t] = level + trend + seasonal[phase];
            double newLevel = settings.alpha() * (y[t] - seasonal[phase]) + (1 - settings.alpha()) * (level + trend);
            trend = settings.beta() * (newLevel - level) + (1 - settings.beta()) * trend;
            seasonal[phase] = settings.gamma() * (y[t] - newLevel) + (1 - settings.gamma()) * seasonal[phase];
            level = newLevel;
        }
        return new Fit(ModelType.HOLT_WINTERS, level, trend, seasonal, oneStep, m);
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }

    /**
     * The state after the last day.
     *
     * @param seasonal seasonal terms by phase (day index mod season length, day 0 = first day of the
     *     series); empty unless Holt-Winters
     * @param oneStep the forecast of each day made the day before; NaN where the model had none
     * @param firstErrorIndex first day whose one-step error is not zero by construction
     */
    record Fit(ModelType model, double level, double trend, double[] seasonal, double[] oneStep, int firstErrorIndex) {

        int observations() {
            return this.oneStep.length;
        }

        /** The model's value h days after the last day (h >= 1); may be negative, callers clamp. */
        double forecast(int h) {
            double value = this.level + h * this.trend;
            if (this.seasonal.length > 0) {
                value += this.seasonal[(observations() - 1 + h) % this.seasonal.length];
            }
            return value;
        }

        /** The seasonal term of the day h days after the last day (0 without a season). */
        double seasonalAhead(int h) {
            return (this.seasonal.length == 0) ? 0.0 : this.seasonal[(observations() - 1 + h) % this.seasonal.length];
        }
    }
}
