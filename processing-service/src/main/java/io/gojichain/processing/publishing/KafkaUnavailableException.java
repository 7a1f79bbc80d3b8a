package io.gojichain.processing.publishing;

/** Kafka did not acknowledge the write in time; nothing is visible downstream, the client may retry. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
