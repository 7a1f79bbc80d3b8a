package io.gojichain.processing.intake;

import io.gojichain.boot.web.IngestRequest;
import io.gojichain.contracts.GojiEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the dried and juiced requests share: the envelope and the consumed lots. */
sealed interface ProcessingRequest extends IngestRequest permits DriedRequest, JuicedRequest {

    @Nullable
    List<@Nullable LotInputRequest> inputs();

    /** The plant the event is about: an ingest key's scope (docs/CONTRACT.md section 5). */
    @Nullable
    String processorId();

    /**
     * The event for a request that passed {@link ProcessingRequestRules}: the client's eventId or a
     * new one, stamped with the time the service accepted it and the organisation of the key that
     * posted it.
     */
    GojiEvent toEvent(Instant recordTime, @Nullable String submittedBy);

    default UUID eventIdOrNew() {
        UUID given = eventId();
        return given != null ? given : UUID.randomUUID();
    }
}
