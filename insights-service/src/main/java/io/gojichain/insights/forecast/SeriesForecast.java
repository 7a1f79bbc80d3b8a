package io.gojichain.insights.forecast;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.ProductForm;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Forecast of one product form's daily demand (optionally of one channel).
 *
 * @param channel the channel the series is limited to; left out for all channels
 * @param history daily feKg the model used, zero-filled, from the first day with sales (at most
 *     180 days back) to the as-of day; empty without sales
 * @param forecast the next days' point forecast, never below 0
 * @param spikes days of the history flagged as spikes, oldest first
 */
public record SeriesForecast(
        ProductForm productForm,
        @Nullable Channel channel,
        List<DailyFeKg> history,
        ModelFit model,
        List<DailyFeKg> forecast,
        List<Spike> spikes) {}
