package io.gojichain.sales.intake;

import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import io.gojichain.sales.SalesServiceApplication;
import io.gojichain.sales.web.DecimalStringDeserializer;
import io.gojichain.sales.web.IsoInstantDeserializer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One order line as a client posts it: the {@code sold} event without what the service sets
 * ({@code eventType}, {@code recordTime}, {@code source}, {@code schemaVersion}). Everything is
 * nullable here so that a missing field is reported by validation, with its name, rather than by a
 * binding failure. Single-field rules are the annotations; rules across fields live in {@link
 * SaleRequestRules}.
 *
 * @param eventId optional; a client that sends one can retry safely (same id, counted once)
 * @param quantity packs sold
 * @param packSize content of one pack in {@code packUnit}: kilograms or litres, at most 3 decimals
 * @param unitPrice price of one pack, a decimal string with at most 2 decimals
 * @param currency ISO 4217; {@code CNY} when absent
 */
public record SaleRequest(
        @Schema(description = "UUID; made by the service when absent", nullable = true) @Nullable
        UUID eventId,

        @Schema(type = "string", format = "date-time", example = "2026-09-01T20:00:00+08:00")
        @NotNull
        @JsonDeserialize(using = IsoInstantDeserializer.class)
        @Nullable
        Instant eventTime,

        @NotNull @Pattern(regexp = LOT_CODE, message = LOT_CODE_MESSAGE) @Nullable
        String orderId,

        @NotNull @Pattern(regexp = LOT_CODE, message = LOT_CODE_MESSAGE) @Nullable
        String sku,

        @NotNull @Nullable ProductForm productForm,

        @Pattern(regexp = LOT_CODE, message = LOT_CODE_MESSAGE) @Nullable
        String batchId,

        @NotNull @Min(1) @Max(100_000) @Nullable Integer quantity,

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @Digits(integer = 9, fraction = 3, message = "must have at most 9 integer digits and 3 decimals")
        @Nullable
        BigDecimal packSize,

        @NotNull @Nullable PackUnit packUnit,

        @Schema(type = "string", example = "29.90")
        @NotNull
        @Pattern(regexp = "(0|[1-9][0-9]*)(\\.[0-9]{1,2})?", message = DecimalStringDeserializer.MESSAGE)
        @JsonDeserialize(using = DecimalStringDeserializer.class)
        @Nullable
        String unitPrice,

        @Schema(description = "ISO 4217, default CNY", example = "CNY") @Nullable
        String currency,

        @NotNull @Nullable Channel channel,
        @Size(min = 1, max = 40) @Nullable String platform,

        @Schema(description = "required when channel is livestream, otherwise absent")
        @Pattern(regexp = LOT_CODE, message = LOT_CODE_MESSAGE)
        @Nullable
        String livestreamId,

        @NotNull @Valid @Nullable Buyer buyerRegion,

        @Schema(description = "opaque pseudonymous id, never a name or phone number") @Size(min = 1, max = 64) @Nullable
        String customerId) {

    /** Lot codes and other identifiers: what fits in a barcode and a Kafka key without escaping. */
    static final String LOT_CODE = "[A-Za-z0-9._:-]{1,64}";

    static final String LOT_CODE_MESSAGE = "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' or '-'";

    static final String DEFAULT_CURRENCY = "CNY";

    /** Where the buyer is: a province, optionally a city. */
    public record Buyer(
            @NotBlank @Size(max = 40) @Nullable String province,
            @Size(min = 1, max = 40) @Nullable String city) {}

    /**
     * The event for this request; call only after validation passed.
     *
     * @param generatedId used when the client sent no eventId
     * @param recordTime when this service accepted the event
     */
    Sold toEvent(UUID generatedId, Instant recordTime) {
        Buyer buyer = Objects.requireNonNull(this.buyerRegion);
        return new Sold(
                this.eventId != null ? this.eventId : generatedId,
                EventType.SOLD,
                Objects.requireNonNull(this.eventTime),
                recordTime,
                SalesServiceApplication.SERVICE_NAME,
                GojiEvent.SCHEMA_VERSION,
                Objects.requireNonNull(this.orderId),
                Objects.requireNonNull(this.sku),
                Objects.requireNonNull(this.productForm),
                this.batchId,
                Objects.requireNonNull(this.quantity),
                Objects.requireNonNull(this.packSize),
                Objects.requireNonNull(this.packUnit),
                new BigDecimal(Objects.requireNonNull(this.unitPrice)),
                this.currency != null ? this.currency : DEFAULT_CURRENCY,
                Objects.requireNonNull(this.channel),
                this.platform,
                this.livestreamId,
                new BuyerRegion(Objects.requireNonNull(buyer.province()), buyer.city()),
                this.customerId);
    }
}
