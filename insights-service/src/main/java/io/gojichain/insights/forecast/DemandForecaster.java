package io.gojichain.insights.forecast;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.InsightsProperties;
import io.gojichain.insights.facts.FeKgFactors;
import io.gojichain.insights.facts.Period;
import io.gojichain.insights.facts.SalesFact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Daily feKg demand of one product form (and channel), its fitted model, the next days' forecast
 * and the spikes of its history. Two passes: the model is fitted on the history to find spikes, then
 * fitted again with the spike days capped, and that second fit forecasts. Pure: the caller reads the
 * sales.
 */
public final class DemandForecaster {

    /** History is read at most this many days back (both ends included). */
    public static final int LOOKBACK_DAYS = 180;

    /** Largest horizon the endpoint accepts. */
    public static final int MAX_DAYS = 60;

    /** Model values leave the model rounded to this many decimal places (HALF_EVEN). */
    static final int SCALE = 6;

    private final FeKgFactors factors;

    private final HoltWinters.Settings settings;

    public DemandForecaster(FeKgFactors factors, InsightsProperties.Forecast forecast) {
        this.factors = factors;
        this.settings = new HoltWinters.Settings(
                forecast.alpha(),
                forecast.beta(),
                forecast.gamma(),
                forecast.seasonLength(),
                forecast.minDaysForSeason());
    }

    /** The days history is read from for a forecast made on {@code asOf}. */
    public static Period lookback(LocalDate asOf) {
        return new Period(asOf.minusDays(LOOKBACK_DAYS - 1L), asOf);
    }

    public SpikeRule spikeRule() {
        return new SpikeRule(
                SpikeDetector.THRESHOLD_MULTIPLIER, SpikeDetector.SPREAD_SMOOTHING, this.settings.seasonLength());
    }

    /**
     * @param sales sales facts covering at least {@link #lookback(LocalDate)}; others are ignored
     * @param channel only this channel's sales; null for all
     * @param days forecast horizon, the days after {@code asOf}
     */
    public SeriesForecast forecast(
            List<SalesFact> sales, ProductForm form, @Nullable Channel channel, LocalDate asOf, int days) {
        Period window = lookback(asOf);
        TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (SalesFact fact : sales) {
            if (fact.productForm() == form
                    && (channel == null || fact.channel() == channel)
                    && !fact.day().isBefore(window.from())
                    && !fact.day().isAfter(window.to())
                    && fact.orders() > 0) {
                byDay.merge(fact.day(), this.factors.feKg(form, fact.volume()), BigDecimal::add);
            }
        }
        List<DailyFeKg> history = zeroFilled(byDay, asOf);
        double[] y = new double[history.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = history.get(i).feKg().doubleValue();
        }
        HoltWinters.Fit raw = HoltWinters.fit(y, this.settings);
        List<SpikeDetector.Detection> detections =
                SpikeDetector.detect(y, raw.oneStep(), raw.firstErrorIndex(), this.settings.seasonLength());
        double[] cleaned = capSpikes(y, detections);
        HoltWinters.Fit fit = detections.isEmpty() ? raw : HoltWinters.fit(cleaned, this.settings);

        List<DailyFeKg> forecast = new ArrayList<>(days);
        for (int h = 1; h <= days; h++) {
            double value = (fit.model() == ModelType.NONE) ? 0.0 : Math.max(0.0, fit.forecast(h));
            forecast.add(new DailyFeKg(asOf.plusDays(h), round(value)));
        }

        List<Spike> spikes = new ArrayList<>();
        for (SpikeDetector.Detection detection : detections) {
            DailyFeKg day = history.get(detection.index());
            BigDecimal expected = round(detection.expected());
            spikes.add(new Spike(
                    day.date(), day.feKg(), expected, day.feKg().subtract(expected), round(detection.threshold())));
        }
        return new SeriesForecast(form, channel, history, modelFit(cleaned, fit, detections.size()), forecast, spikes);
    }

    /**
     * The series the forecasting model is fitted on: each spike day cut down to the largest value the
     * detector would have taken as normal (expected + threshold), as in robust Holt-Winters (Gelper,
     * Fried and Croux 2010, a Huber-type cleaning). A one-off livestream sell-out is reported as a spike
     * but does not lift next week's forecast; a lasting rise gets through within a few days, because each
     * capped error still widens the spread.
     */
    private static double[] capSpikes(double[] y, List<SpikeDetector.Detection> detections) {
        double[] cleaned = y.clone();
        for (SpikeDetector.Detection detection : detections) {
            cleaned[detection.index()] = detection.expected() + detection.threshold();
        }
        return cleaned;
    }

    private static List<DailyFeKg> zeroFilled(TreeMap<LocalDate, BigDecimal> byDay, LocalDate asOf) {
        List<DailyFeKg> history = new ArrayList<>();
        if (byDay.isEmpty()) {
            return history;
        }
        for (LocalDate day = byDay.firstKey(); !day.isAfter(asOf); day = day.plusDays(1)) {
            history.add(new DailyFeKg(day, byDay.getOrDefault(day, BigDecimal.ZERO)));
        }
        return history;
    }

    private ModelFit modelFit(double[] y, HoltWinters.Fit fit, int spikesCapped) {
        if (fit.model() == ModelType.NONE) {
            return new ModelFit(ModelType.NONE, 0, null, null, null, null, round(0.0), round(0.0), List.of(), null, 0);
        }
        boolean seasonal = fit.model() == ModelType.HOLT_WINTERS;
        List<BigDecimal> seasonalAhead = new ArrayList<>();
        for (int h = 1; h <= fit.seasonal().length; h++) {
            seasonalAhead.add(round(fit.seasonalAhead(h)));
        }
        return new ModelFit(
                fit.model(),
                fit.observations(),
                this.settings.alpha(),
                this.settings.beta(),
                seasonal ? this.settings.gamma() : null,
                seasonal ? this.settings.seasonLength() : null,
                round(fit.level()),
                round(fit.trend()),
                seasonalAhead,
                meanAbsoluteError(y, fit),
                spikesCapped);
    }

    private static @Nullable BigDecimal meanAbsoluteError(double[] y, HoltWinters.Fit fit) {
        int count = 0;
        double sum = 0.0;
        for (int t = fit.firstErrorIndex(); t < y.length; t++) {
            count++;
            sum += Math.abs(y[t] - fit.oneStep()[t]);
        }
        return (count == 0) ? null : round(sum / count);
    }

    static BigDecimal round(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("forecast model produced " + value);
        }
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** Forecasts of all four forms, in contract order. */
    public List<SeriesForecast> forecastAll(
            List<SalesFact> sales, @Nullable Channel channel, LocalDate asOf, int days) {
        List<SeriesForecast> all = new ArrayList<>();
        for (ProductForm form : ProductForm.values()) {
            all.add(forecast(sales, form, channel, asOf, days));
        }
        return all;
    }

    /** Sum of the point forecasts (each already rounded to 6 places, so the sum matches the list). */
    public static BigDecimal total(SeriesForecast series) {
        BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
        for (DailyFeKg day : series.forecast()) {
            total = total.add(day.feKg());
        }
        return total;
    }
}
