package io.gojichain.sales.publishing;

import java.util.UUID;

/**
 * Where the broker durably stored one event: the 202 body of a single POST.
 *
 * @param partition the partition of {@code topic} the record went to (decided by its key)
 * @param offset the record's offset in that partition
 */
public record PublishResult(UUID eventId, String topic, int partition, long offset) {}
