package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PackUnit {
    @JsonProperty("kg")
    KG,
    @JsonProperty("L")
    L
}
