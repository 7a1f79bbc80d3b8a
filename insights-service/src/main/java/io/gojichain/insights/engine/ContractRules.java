package io.gojichain.insights.engine;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.Dried;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.Harvested;
import io.gojichain.contracts.Juiced;
import io.gojichain.contracts.LotInput;
import io.gojichain.contracts.Sold;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The parts of the event contract (CONTRACT.md section 1) that the engine's keys and arithmetic
 * rely on. The ingest services validate everything; this is the guard against other producers.
 * Jackson leaves absent fields null even where the records are non-null, hence the null checks.
 * Each method answers the first violation, or null when the event can be counted.
 */
final class ContractRules {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** Day keys hold four-digit years; the contract's one-day skew keeps real events far below this. */
    private static final Instant LATEST =
            LocalDate.of(9999, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private static final Duration MAX_FUTURE_SKEW = Duration.ofDays(1);

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private ContractRules() {}

    static @Nullable String check(GojiEvent event, EventType expected) {
        String envelope = envelope(event, expected);
        if (envelope != null) {
            return envelope;
        }
        if (event instanceof Harvested harvested) {
            return harvested(harvested);
        }
        if (event instanceof Dried dried) {
            return dried(dried);
        }
        if (event instanceof Juiced juiced) {
            return juiced(juiced);
        }
        return sold((Sold) event);
    }

    @SuppressWarnings("ConstantValue") // Jackson does not honour the records' non-null contract
    private static @Nullable String envelope(GojiEvent event, EventType expected) {
        if (event.eventId() == null) {
            return "eventId missing";
        }
        if (event.eventType() != expected) {
            return "eventType " + event.eventType() + " on the topic of " + expected.wireName();
        }
        if (event.schemaVersion() != GojiEvent.SCHEMA_VERSION) {
            return "unsupported schemaVersion " + event.schemaVersion();
        }
        if (event.recordTime() == null) {
            return "recordTime missing";
        }
        Instant eventTime = event.eventTime();
        if (eventTime == null) {
            return "eventTime missing";
        }
        if (eventTime.isBefore(EARLIEST) || !eventTime.isBefore(LATEST)) {
            return "eventTime out of range";
        }
        if (eventTime.isAfter(event.recordTime().plus(MAX_FUTURE_SKEW))) {
            return "eventTime more than 1 day after recordTime";
        }
        return null;
    }

    @SuppressWarnings("ConstantValue")
    private static @Nullable String harvested(Harvested event) {
        if (blank(event.lotId())) {
            return "lotId missing";
        }
        if (blank(event.farmId())) {
            return "farmId missing";
        }
        if (event.region() == null
                || blank(event.region().province())
                || blank(event.region().county())) {
            return "region.province and region.county required";
        }
        return positive(event.quantityKg()) ? null : "quantityKg must be > 0";
    }

    @SuppressWarnings("ConstantValue")
    private static @Nullable String dried(Dried event) {
        String transformation = transformation(event.batchId(), event.processorId(), event.inputs());
        if (transformation != null) {
            return transformation;
        }
        if (event.method() == null) {
            return "method missing";
        }
        return positive(event.outputKg()) ? null : "outputKg must be > 0";
    }

    @SuppressWarnings("ConstantValue")
    private static @Nullable String juiced(Juiced event) {
        String transformation = transformation(event.batchId(), event.processorId(), event.inputs());
        if (transformation != null) {
            return transformation;
        }
        if (event.product() == null) {
            return "product missing";
        }
        return positive(event.outputLiters()) ? null : "outputLiters must be > 0";
    }

    @SuppressWarnings("ConstantValue")
    private static @Nullable String transformation(
            @Nullable String batchId, @Nullable String processorId, @Nullable List<LotInput> inputs) {
        if (blank(batchId)) {
            return "batchId missing";
        }
        if (blank(processorId)) {
            return "processorId missing";
        }
        if (inputs == null || inputs.isEmpty()) {
            return "inputs must hold at least one lot";
        }
        for (int i = 0; i < inputs.size(); i++) {
            LotInput input = inputs.get(i);
            if (input == null || blank(input.lotId()) || !positive(input.quantityKg())) {
                return "inputs[" + i + "] needs a lotId and quantityKg > 0";
            }
        }
        return null;
    }

    @SuppressWarnings("ConstantValue")
    private static @Nullable String sold(Sold event) {
        if (blank(event.orderId())) {
            return "orderId missing";
        }
        if (blank(event.sku())) {
            return "sku missing";
        }
        if (event.productForm() == null) {
            return "productForm missing";
        }
        if (event.quantity() < 1) {
            return "quantity must be >= 1";
        }
        if (!positive(event.packSize())) {
            return "packSize must be > 0";
        }
        if (event.packUnit() != event.productForm().packUnit()) {
            return "packUnit does not fit productForm " + event.productForm().wireName();
        }
        BigDecimal unitPrice = event.unitPrice();
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.scale() > 2) {
            return "unitPrice must be a decimal >= 0 with at most 2 places";
        }
        if (event.currency() != null && !CURRENCY.matcher(event.currency()).matches()) {
            return "currency must be 3 upper-case letters";
        }
        if (event.channel() == null) {
            return "channel missing";
        }
        boolean livestream = event.channel() == Channel.LIVESTREAM;
        if (livestream == blank(event.livestreamId())) {
            return "livestreamId is required exactly when channel is livestream";
        }
        if (event.buyerRegion() == null || blank(event.buyerRegion().province())) {
            return "buyerRegion.province missing";
        }
        return null;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static boolean positive(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
