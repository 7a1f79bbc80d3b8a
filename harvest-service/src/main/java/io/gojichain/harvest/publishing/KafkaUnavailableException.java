package io.gojichain.harvest.publishing;

/** Kafka did not acknowledge the write within {@code goji.publish.timeout}: answered 503 with Retry-After. */
public class KafkaUnavailableException extends RuntimeException {

    private final int eventCount;

    public KafkaUnavailableException(String message, Throwable cause, int eventCount) {
        super(message, cause);
        this.eventCount = eventCount;
    }

    /** How many events the failed write held (for the rejection metric). */
    public int eventCount() {
        return this.eventCount;
    }
}
