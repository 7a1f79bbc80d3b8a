package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum Channel {
    @JsonProperty("online")
    ONLINE("online"),
    @JsonProperty("livestream")
    LIVESTREAM("livestream"),
    @JsonProperty("offline")
    OFFLINE("offline");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return this.wireName;
    }
}
