package io.gojichain.boot.publishing;

import java.util.List;
import java.util.UUID;

/**
 * Kafka did not acknowledge the write within {@code goji.publish.timeout}: answered 503 with Retry-After. The write
 * may still land after the answer, so the answer lists the request's eventIds: a retry with them is counted once
 * downstream.
 */
public class KafkaUnavailableException extends RuntimeException {

    private final List<UUID> eventIds;

    /**
     * @param eventIds the ids of the events of the failed write, in request order
     */
    public KafkaUnavailableException(String message, Throwable cause, List<UUID> eventIds) {
        super(message, cause);
        this.eventIds = List.copyOf(eventIds);
    }

    /** The ids of the events of the failed write, the ones the service made included. */
    public List<UUID> eventIds() {
        return this.eventIds;
    }

    /** How many events the failed write held (for the rejection metric). */
    public int eventCount() {
        return this.eventIds.size();
    }
}
