package io.gojichain.insights.forecast;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fitted model of one series, state after the last history day. Model values are doubles
 * inside the model and rounded to 6 places (HALF_EVEN) on the way out.
 *
 * @param observations days of history the model saw
 * @param alpha level smoothing (left out without a model)
 * @param beta trend smoothing (left out without a model)
 * @param gamma seasonal smoothing (Holt-Winters only)
 * @param seasonLength days of the seasonal cycle (Holt-Winters only)
 * @param level feKg per day
 * @param trend feKg per day, per day
 * @param seasonal seasonal terms in feKg for the next {@code seasonLength} forecast days, in order
 *     (entry k applies to forecast day k+1, k+1+seasonLength, ...); empty without a season
 * @param meanAbsoluteError mean absolute one-step error over the days that have a meaningful one
 *     (of the series the model was fitted on)
 * @param spikesCapped spike days cut down to their threshold before this model was fitted, so that a
 *     one-off sell-out does not lift the forecast (the history shows them as sold)
 */
public record ModelFit(
        ModelType type,
        int observations,
        @Nullable Double alpha,
        @Nullable Double beta,
        @Nullable Double gamma,
        @Nullable Integer seasonLength,
        BigDecimal level,
        BigDecimal trend,
        List<BigDecimal> seasonal,
        @Nullable BigDecimal meanAbsoluteError,
        int spikesCapped) {}
