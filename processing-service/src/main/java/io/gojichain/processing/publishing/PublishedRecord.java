package io.gojichain.processing.publishing;

/** Where the broker stored one event. */
public record PublishedRecord(String topic, int partition, long offset) {}
