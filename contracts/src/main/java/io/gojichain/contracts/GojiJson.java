package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping both sides of every topic use: ISO-8601 instants, decimals kept exact and plain,
 * absent optional fields left out, unknown fields ignored, documented fields strict (no float
 * where an integer belongs, no null for a number).
 */
public final class GojiJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private GojiJson() {}

    /** A shared, thread-safe mapper with the contract's settings. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Applies the contract's settings to a builder, e.g. the one Spring Boot customises. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL));
    }
}
