package io.gojichain.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Validates JSON against the event schemas shipped in this jar. Shared with the services' tests
 * through the contracts test-jar, so that records read back from a topic are checked too.
 */
public final class EventSchemas {

    private static final Map<EventType, Schema> SCHEMAS = load();

    private EventSchemas() {}

    /** The schema violations of {@code json} as an event of {@code type}; empty when valid. */
    public static List<String> violations(EventType type, String json) {
        return violations(type, GojiJson.mapper().readTree(json));
    }

    public static List<String> violations(EventType type, JsonNode json) {
        return SCHEMAS.get(type).validate(json).stream().map(Error::toString).toList();
    }

    private static Map<EventType, Schema> load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            String resource = "/schemas/" + type.wireName() + ".v1.schema.json";
            try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                schemas.put(type, registry.getSchema(in));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return schemas;
    }
}
