package io.gojichain.insights.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which model produced a forecast; depends on how many days of history a series has. */
public enum ModelType {
    /** No sales in the look-back window: the forecast is zero. */
    @JsonProperty("none")
    NONE,
    /** Holt's linear trend: fewer days than {@code minDaysForSeason}. */
    @JsonProperty("holt")
    HOLT,
    /** Additive Holt-Winters with a seasonal cycle of {@code seasonLength} days. */
    @JsonProperty("holt_winters")
    HOLT_WINTERS
}
