package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum EventType {
    @JsonProperty("harvested")
    HARVESTED("harvested"),
    @JsonProperty("dried")
    DRIED("dried"),
    @JsonProperty("juiced")
    JUICED("juiced"),
    @JsonProperty("sold")
    SOLD("sold");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire, e.g. {@code harvested}; also the middle of the CloudEvents type. */
    public String wireName() {
        return this.wireName;
    }

    /** CloudEvents {@code ce_type}, e.g. {@code goji.harvested.v1}. */
    public String cloudEventType() {
        return "goji." + this.wireName + ".v1";
    }
}
