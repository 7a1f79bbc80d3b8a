package io.gojichain.sales.publishing;

/**
 * Kafka did not acknowledge the write within {@code goji.publish.timeout}; answered with 503 and
 * Retry-After. The client may retry with the same eventIds: downstream counts an id once.
 */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
