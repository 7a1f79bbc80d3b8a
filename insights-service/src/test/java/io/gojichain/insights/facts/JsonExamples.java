package io.gojichain.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** Compares a documented OpenAPI example with a real answer, as JSON trees (numbers by value). */
public final class JsonExamples {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonExamples() {}

    public static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    public static void assertExampleIs(String example, JsonNode actual) {
        assertThat(actual).isEqualTo(tree(example));
    }

    /** Keeps the first {@code head} and the last {@code tail} elements, as a shortened example does. */
    public static void shorten(ArrayNode array, int head, int tail) {
        while (array.size() > head + tail) {
            array.remove(head);
        }
    }
}
