package io.gojichain.harvest.intake;

import io.gojichain.boot.web.IngestRequest;
import io.gojichain.boot.web.LotCode;
import io.gojichain.boot.web.Messages;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Region;
import io.gojichain.harvest.HarvestServiceApplication;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@code harvested} event as a client sends it: the event's fields without the envelope the service stamps
 * ({@code eventType}, {@code recordTime}, {@code source}, {@code schemaVersion}). Fields are nullable here so that a
 * missing one is reported by the validator with its name rather than failing the JSON binding.
 *
 * @param eventId makes retries safe: the same id is counted once downstream; made by the service when absent
 * @param eventTime when the berries were picked, ISO-8601 with offset
 * @param lotId the traceability lot code minted by this harvest; the Kafka key
 * @param quantityKg fresh weight in kilograms, at most 3 decimal places (grams)
 */
record HarvestRequest(
        @Schema(description = "UUID; send one to make retries safe, otherwise the service makes one") @Nullable
        UUID eventId,

        @Schema(example = "2026-07-02T09:30:00+08:00", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = Messages.REQUIRED)
        @Nullable
        Instant eventTime,

        @Schema(example = "JH-2026-0702-F017", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = Messages.REQUIRED)
        @LotCode
        @Nullable
        String lotId,

        @Schema(example = "F017", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = Messages.REQUIRED)
        @LotCode
        @Nullable
        String farmId,

        @Schema(example = "COOP-JH-03") @LotCode @Nullable String cooperativeId,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = Messages.REQUIRED) @Valid @Nullable
        RegionRequest region,

        @Schema(example = "Ningqi-10") @Size(min = 1, max = 60, message = Messages.SIZE) @Nullable
        String variety,

        @Nullable Grade grade,

        @Schema(example = "1250.5", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = Messages.REQUIRED)
        @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE)
        @DecimalMax(value = "100000", message = Messages.AT_MOST)
        @Digits(integer = 9, fraction = 3, message = Messages.DECIMALS_3)
        @Nullable
        BigDecimal quantityKg)
        implements IngestRequest {

    /** Where the berries grew. */
    record RegionRequest(
            @Schema(example = "Xinjiang", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = Messages.NOT_BLANK)
            @Size(max = 40, message = Messages.MAX_LENGTH)
            @Nullable
            String province,

            @Schema(example = "Jinghe", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = Messages.NOT_BLANK)
            @Size(max = 40, message = Messages.MAX_LENGTH)
            @Nullable
            String county) {}

    /**
     * The contract event for a request that passed {@link HarvestRequestRules}.
     *
     * @param recordTime when the service accepted it
     * @param cooperative the co-operative, as the key's scope made it ({@link
     *     io.gojichain.boot.security.Submitter#scope})
     * @param submittedBy the organisation of the key that posted it
     */
    Harvested toEvent(Instant recordTime, @Nullable String cooperative, @Nullable String submittedBy) {
        RegionRequest origin = requireValid(this.region);
        return new Harvested(
                this.eventId != null ? this.eventId : UUID.randomUUID(),
                EventType.HARVESTED,
                requireValid(this.eventTime),
                recordTime,
                HarvestServiceApplication.SERVICE_NAME,
                GojiEvent.SCHEMA_VERSION,
                requireValid(this.lotId),
                requireValid(this.farmId),
                cooperative,
                new Region(requireValid(origin.province()), requireValid(origin.county())),
                this.variety,
                this.grade,
                requireValid(this.quantityKg),
                submittedBy);
    }

    private static <T> T requireValid(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("toEvent() called on a request that did not pass validation");
        }
        return value;
    }
}
