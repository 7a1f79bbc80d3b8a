package io.gojichain.sales.publishing;

/**
 * Kafka did not acknowledge the write within {@code goji.publish.timeout}: answered 503 with Retry-After. The client
 * may retry with the same eventIds; downstream counts an id once.
 */
public class KafkaUnavailableException extends RuntimeException {

    private final int eventCount;

    /**
     * @param eventCount how many events the failed write held (for the rejection metric)
     */
    public KafkaUnavailableException(String message, Throwable cause, int eventCount) {
        super(message, cause);
        this.eventCount = eventCount;
    }

    /** How many events the failed write held. */
    public int eventCount() {
        return this.eventCount;
    }
}
