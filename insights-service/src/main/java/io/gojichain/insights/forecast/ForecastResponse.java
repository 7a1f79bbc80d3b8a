package io.gojichain.insights.forecast;

import io.gojichain.contracts.Channel;
import io.gojichain.insights.facts.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code GET /api/v1/insights/forecast}.
 *
 * @param period the look-back window history is read from (180 days up to today); each series
 *     starts at its first day with sales inside it
 * @param horizon the forecast days
 * @param channel the channel filter; left out for all channels
 * @param series one per product form, in the order fresh, dried, nfc_juice, pulp
 */
public record ForecastResponse(
        String zone,
        Period period,
        Period horizon,
        @Nullable Channel channel,
        SpikeRule spikeRule,
        List<SeriesForecast> series) {}
