package io.gojichain.processing.web;

import io.gojichain.contracts.EventType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The ingest endpoints of this service and the event type each takes: the rejection metric's {@code type} tag. */
final class IngestPaths {

    private static final Map<String, EventType> TYPES = Map.of(
            "/api/v1/processing/dried", EventType.DRIED,
            "/api/v1/processing/juiced", EventType.JUICED);

    private static final String BATCH = "/batch";

    private IngestPaths() {}

    /** The event type of an ingest path (single or batch); null for any other path. */
    static @Nullable EventType typeOf(String path) {
        String single = path.endsWith(BATCH) ? path.substring(0, path.length() - BATCH.length()) : path;
        return TYPES.get(single);
    }
}
