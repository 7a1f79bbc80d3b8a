package io.gojichain.insights.engine;

import io.gojichain.contracts.GojiJson;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The contract spelling of an enum constant (its {@code @JsonProperty} name), e.g. {@code hot_air}. */
final class WireNames {

    private static final Map<Enum<?>, String> NAMES = new ConcurrentHashMap<>();

    private WireNames() {}

    static String of(Enum<?> constant) {
        return NAMES.computeIfAbsent(constant, c -> GojiJson.mapper().convertValue(c, String.class));
    }
}
