package io.gojichain.insights.signals;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who can act on a signal. */
public enum Audience {
    @JsonProperty("farmers")
    FARMERS,
    @JsonProperty("processors")
    PROCESSORS,
    @JsonProperty("sellers")
    SELLERS
}
