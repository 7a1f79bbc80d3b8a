package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DryingMethod {
    @JsonProperty("sun")
    SUN,
    @JsonProperty("hot_air")
    HOT_AIR,
    @JsonProperty("freeze")
    FREEZE
}
