package io.gojichain.processing.intake;

import io.gojichain.boot.web.LotCode;
import io.gojichain.boot.web.Messages;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.JuiceProduct;
import io.gojichain.contracts.Juiced;
import io.gojichain.processing.ProcessingServiceApplication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@code juiced} event as a client sends it: the event without the fields the service sets.
 * Components are nullable because a client may leave anything out; {@link ProcessingRequestRules}
 * decides what is missing.
 *
 * @param eventId optional; send one to make retries safe
 * @param eventTime when the pressing finished, ISO-8601 with offset
 * @param batchId the juice or pulp lot minted here; the Kafka key
 * @param processorId the processing plant
 * @param inputs the fresh lots consumed, 1 to 100
 * @param product NFC juice or pulp
 * @param outputLiters litres produced, more than 0
 * @param grade optional GB/T 18672 class
 */
public record JuicedRequest(
        @Nullable UUID eventId,
        @NotNull(message = Messages.REQUIRED) @Nullable Instant eventTime,

        @NotNull(message = Messages.REQUIRED) @LotCode @Nullable
        String batchId,

        @NotNull(message = Messages.REQUIRED) @LotCode @Nullable
        String processorId,

        @NotNull(message = Messages.REQUIRED) @Size(min = 1, max = 100, message = Messages.SIZE) @Nullable
        List<@NotNull(message = Messages.REQUIRED) @Valid @Nullable LotInputRequest> inputs,

        @NotNull(message = Messages.REQUIRED) @Nullable JuiceProduct product,

        @NotNull(message = Messages.REQUIRED)
        @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE)
        @Digits(integer = 9, fraction = 3, message = Messages.DECIMALS_3)
        @Nullable
        BigDecimal outputLiters,

        @Nullable Grade grade)
        implements ProcessingRequest {

    @Override
    public GojiEvent toEvent(Instant recordTime, @Nullable String submittedBy) {
        return new Juiced(
                eventIdOrNew(),
                EventType.JUICED,
                Objects.requireNonNull(this.eventTime),
                recordTime,
                ProcessingServiceApplication.SERVICE_NAME,
                GojiEvent.SCHEMA_VERSION,
                Objects.requireNonNull(this.batchId),
                Objects.requireNonNull(this.processorId),
                Objects.requireNonNull(this.inputs).stream()
                        .map(input -> Objects.requireNonNull(input).toLotInput())
                        .toList(),
                Objects.requireNonNull(this.product),
                Objects.requireNonNull(this.outputLiters),
                this.grade,
                submittedBy);
    }
}
