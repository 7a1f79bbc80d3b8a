package io.gojichain.boot.ingest;

import io.gojichain.contracts.EventType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What makes a Spring Boot application an ingest service: the POST path of each event type it takes (its batch path
 * is the same plus {@code /batch}). A service declares this one bean; the ingest auto-configurations (problem details,
 * body limit, strict JSON, publisher, readiness, meters) switch on when it exists, so an application that only wants
 * the meter naming (insights-service) gets none of them.
 *
 * @param paths the single-event path of each event type, e.g. {@code /api/v1/sales -> SOLD}
 */
public record IngestEndpoints(Map<String, EventType> paths) {

    private static final String BATCH = "/batch";

    public IngestEndpoints {
        paths = Map.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("an ingest service takes at least one event type");
        }
    }

    /** One event type at one path. */
    public static IngestEndpoints of(String path, EventType type) {
        return new IngestEndpoints(Map.of(path, type));
    }

    /** The event type of an ingest path (single or batch); null for any other path. */
    public @Nullable EventType typeOf(String path) {
        String single = path.endsWith(BATCH) ? path.substring(0, path.length() - BATCH.length()) : path;
        return this.paths.get(single);
    }

    /** The event types the service takes, in the catalogue's order. */
    public List<EventType> eventTypes() {
        return java.util.stream.Stream.of(EventType.values())
                .filter(this.paths::containsValue)
                .toList();
    }
}
