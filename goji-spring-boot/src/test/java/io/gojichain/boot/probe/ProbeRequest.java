package io.gojichain.boot.probe;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A request with one field of each kind the module's rules care about: an id, an integer, free text. */
record ProbeRequest(
        @Nullable UUID eventId,
        @NotNull(message = Messages.REQUIRED) @Nullable Instant eventTime,

        @NotNull(message = Messages.REQUIRED) @LotCode @Nullable
        String orderId,

        @NotNull(message = Messages.REQUIRED) @Min(value = 1, message = Messages.AT_LEAST) @Nullable
        Integer quantity,

        @Size(min = 1, max = 40, message = Messages.SIZE) @Nullable
        String province)
        implements IngestRequest {

    Sold toEvent(Instant recordTime) {
        return new Sold(
                this.eventId != null ? this.eventId : UUID.randomUUID(),
                EventType.SOLD,
                Objects.requireNonNull(this.eventTime),
                recordTime,
                "sales-service",
                GojiEvent.SCHEMA_VERSION,
                Objects.requireNonNull(this.orderId),
                "PROBE-SKU",
                ProductForm.DRIED,
                null,
                Objects.requireNonNull(this.quantity),
                new BigDecimal("0.25"),
                PackUnit.KG,
                new BigDecimal("29.90"),
                "CNY",
                Channel.ONLINE,
                null,
                null,
                new BuyerRegion(this.province != null ? this.province : "Ningxia", null),
                null);
    }
}
