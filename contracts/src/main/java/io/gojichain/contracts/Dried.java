package io.gojichain.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fresh lots dried into one new lot.
 *
 * @param batchId the output lot minted here; the Kafka key
 * @param inputs fresh kilograms consumed per harvested lot
 * @param outputKg dried weight in kilograms, at most the total input
 * @param submittedBy the organisation of the key that posted it, stamped by the service; absent on events from
 *     before access (docs/CONTRACT.md section 5)
 */
public record Dried(
        UUID eventId,
        EventType eventType,
        Instant eventTime,
        Instant recordTime,
        String source,
        int schemaVersion,
        String batchId,
        String processorId,
        List<LotInput> inputs,
        DryingMethod method,
        BigDecimal outputKg,
        @Nullable Grade grade,
        @Nullable String submittedBy)
        implements GojiEvent {

    /** An event without {@code submittedBy}, as written before access. */
    public Dried(
            UUID eventId,
            EventType eventType,
            Instant eventTime,
            Instant recordTime,
            String source,
            int schemaVersion,
            String batchId,
            String processorId,
            List<LotInput> inputs,
            DryingMethod method,
            BigDecimal outputKg,
            @Nullable Grade grade) {
        this(
                eventId,
                eventType,
                eventTime,
                recordTime,
                source,
                schemaVersion,
                batchId,
                processorId,
                inputs,
                method,
                outputKg,
                grade,
                null);
    }
}
