package io.gojichain.insights.web;

import io.gojichain.contracts.GojiJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads OpenAPI examples back into the response records, failing on any unknown or missing field, so
 * an example cannot drift from the shape it documents.
 */
public final class StrictJson {

    private static final JsonMapper STRICT = GojiJson.configure(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    private StrictJson() {}

    public static <T> T read(String json, Class<T> type) {
        return STRICT.readValue(json, type);
    }

    /** Writes with the contract's mapper, which leaves nulls out unless a type says otherwise. */
    public static String write(Object value) {
        return GojiJson.mapper().writeValueAsString(value);
    }
}
