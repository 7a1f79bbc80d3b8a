package io.gojichain.sales.intake;

import io.gojichain.boot.web.DecimalStringDeserializer;
import io.gojichain.boot.web.IngestRequest;
import io.gojichain.boot.web.LotCode;
import io.gojichain.boot.web.Messages;
import io.gojichain.contracts.BuyerRegion;
import io.gojichain.contracts.Channel;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import io.gojichain.sales.SalesServiceApplication;
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
 * @param unitPrice price of one pack, a decimal string with at most 10 integer digits and 2 decimals
 * @param currency ISO 4217; {@code CNY} when absent
 * @param sellerId the shop or platform account that sold it: a seller key may name only its own organisation
 */
public record SaleRequest(
        @Schema(description = "UUID; made by the service when absent", nullable = true) @Nullable
        UUID eventId,

        @Schema(type = "string", format = "date-time", example = "2026-09-01T20:00:00+08:00")
        @NotNull(message = Messages.REQUIRED)
        @Nullable
        Instant eventTime,

        @NotNull(message = Messages.REQUIRED) @LotCode @Nullable
        String orderId,

        @NotNull(message = Messages.REQUIRED) @LotCode @Nullable
        String sku,

        @NotNull(message = Messages.REQUIRED) @Nullable ProductForm productForm,

        @LotCode @Nullable String batchId,

        @NotNull(message = Messages.REQUIRED)
        @Min(value = 1, message = Messages.AT_LEAST)
        @Max(value = 100_000, message = Messages.AT_MOST)
        @Nullable
        Integer quantity,

        @NotNull(message = Messages.REQUIRED)
        @DecimalMin(value = "0", inclusive = false, message = Messages.POSITIVE)
        @Digits(integer = 9, fraction = 3, message = Messages.DECIMALS_3)
        @Nullable
        BigDecimal packSize,

        @NotNull(message = Messages.REQUIRED) @Nullable PackUnit packUnit,

        @Schema(type = "string", example = "29.90")
        @NotNull(message = Messages.REQUIRED)
        @Pattern(regexp = DecimalStringDeserializer.PATTERN, message = DecimalStringDeserializer.MESSAGE)
        @JsonDeserialize(using = DecimalStringDeserializer.class)
        @Nullable
        String unitPrice,

        @Schema(description = "ISO 4217, default CNY", example = "CNY") @Nullable
        String currency,

        @NotNull(message = Messages.REQUIRED) @Nullable Channel channel,

        @Size(min = 1, max = 40, message = Messages.SIZE) @Nullable
        String platform,

        @Schema(description = "required when channel is livestream, otherwise absent") @LotCode @Nullable
        String livestreamId,

        @NotNull(message = Messages.REQUIRED) @Valid @Nullable
        Buyer buyerRegion,

        @Schema(description = "opaque pseudonymous id, never a name or phone number")
        @Size(min = 1, max = 64, message = Messages.SIZE)
        @Nullable
        String customerId,

        @Schema(
                description = "the shop or platform account that sold it; a seller key's organisation, filled in"
                        + " from the key when absent",
                example = "SHOP-01")
        @LotCode
        @Nullable
        String sellerId)
        implements IngestRequest {

    static final String DEFAULT_CURRENCY = "CNY";

    /** Where the buyer is: a province, optionally a city. */
    public record Buyer(
            @NotBlank(message = Messages.NOT_BLANK) @Size(max = 40, message = Messages.MAX_LENGTH) @Nullable
            String province,

            @Size(min = 1, max = 40, message = Messages.SIZE) @Nullable
            String city) {}

    /**
     * The event for this request; call only after validation passed.
     *
     * @param generatedId used when the client sent no eventId
     * @param recordTime when this service accepted the event
     * @param seller the seller, as the key's scope made it ({@link io.gojichain.boot.security.Submitter#scope})
     * @param submittedBy the organisation of the key that posted it
     */
    Sold toEvent(UUID generatedId, Instant recordTime, @Nullable String seller, @Nullable String submittedBy) {
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
                this.customerId,
                seller,
                submittedBy);
    }
}
