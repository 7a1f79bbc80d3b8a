package io.gojichain.boot.web;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The envelope fields a client sends with every event, as its request record declares them (nullable, so that a
 * missing one is reported by validation with its name). The rest of the envelope ({@code eventType}, {@code
 * recordTime}, {@code source}, {@code submittedBy}) is never read from a client: the service sets it.
 */
public interface IngestRequest {

    /** Optional: a client that sends one can retry safely (same id, counted once downstream). */
    @Nullable
    UUID eventId();

    /** When it happened; required, and checked against the window of {@code goji.limits}. */
    @Nullable
    Instant eventTime();
}
