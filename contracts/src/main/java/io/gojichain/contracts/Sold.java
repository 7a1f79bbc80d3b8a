package io.gojichain.contracts;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One order line.
 *
 * @param orderId the order; the Kafka key
 * @param batchId the processed (or, for fresh, harvested) lot the goods came from
 * @param quantity packs sold
 * @param packSize content of one pack, in {@code packUnit}
 * @param unitPrice price of one pack, at most two decimal places; a string on the wire
 * @param currency ISO 4217 code
 * @param livestreamId the session, present exactly when {@code channel} is livestream
 * @param customerId an opaque pseudonymous id, never a name or phone number
 * @param sellerId the shop or platform account that sold it (a seller key's organisation)
 * @param submittedBy the organisation of the key that posted it, stamped by the service; absent on events from
 *     before access (docs/CONTRACT.md section 5)
 */
public record Sold(
        UUID eventId,
        EventType eventType,
        Instant eventTime,
        Instant recordTime,
        String source,
        int schemaVersion,
        String orderId,
        String sku,
        ProductForm productForm,
        @Nullable String batchId,
        int quantity,
        BigDecimal packSize,
        PackUnit packUnit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        String currency,
        Channel channel,
        @Nullable String platform,
        @Nullable String livestreamId,
        BuyerRegion buyerRegion,
        @Nullable String customerId,
        @Nullable String sellerId,
        @Nullable String submittedBy)
        implements GojiEvent {

    /** An event without {@code sellerId} and {@code submittedBy}, as written before access. */
    public Sold(
            UUID eventId,
            EventType eventType,
            Instant eventTime,
            Instant recordTime,
            String source,
            int schemaVersion,
            String orderId,
            String sku,
            ProductForm productForm,
            @Nullable String batchId,
            int quantity,
            BigDecimal packSize,
            PackUnit packUnit,
            BigDecimal unitPrice,
            String currency,
            Channel channel,
            @Nullable String platform,
            @Nullable String livestreamId,
            BuyerRegion buyerRegion,
            @Nullable String customerId) {
        this(
                eventId,
                eventType,
                eventTime,
                recordTime,
                source,
                schemaVersion,
                orderId,
                sku,
                productForm,
                batchId,
                quantity,
                packSize,
                packUnit,
                unitPrice,
                currency,
                channel,
                platform,
                livestreamId,
                buyerRegion,
                customerId,
                null,
                null);
    }
}
