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
 * The parts of the event contract (docs/CONTRACT.md section 1) that the engine's keys and arithmetic
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

    /*
     * Engine bounds, wider than the ingest rules (docs/CONTRACT.md section 1) so that nothing ingest
     * accepts is refused here, and narrow enough that no sum of accepted values can ever fail later:
     * a revenue is below 10^15 x 10^6 = 10^21, and 10^18 such events sum to fewer than 40 digits.
     */

    /** Characters of any text the engine keys or stores by. */
    static final int MAX_TEXT = 200;

    /** Digits before the decimal point of any decimal. */
    static final int MAX_INTEGER_DIGITS = 15;

    /** Digits after the decimal point of a quantity (kg, L, pack size); money has 2. */
    static final int MAX_SCALE = 9;

    /** Packs of one order line. */
    static final long MAX_QUANTITY = 1_000_000;

    /** Lots one transformation may consume. */
    static final int MAX_INPUTS = 1_000;

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
        if (event.recordTime().isBefore(EARLIEST) || !event.recordTime().isBefore(LATEST)) {
            return "recordTime out of range";
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
        String text = tooLong(
                event.lotId(),
                event.farmId(),
                event.region().province(),
                event.region().county());
        if (text != null) {
            return text;
        }
        return quantity("quantityKg", event.quantityKg());
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
        return quantity("outputKg", event.outputKg());
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
        return quantity("outputLiters", event.outputLiters());
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
        if (inputs.size() > MAX_INPUTS) {
            return "inputs hold more than " + MAX_INPUTS + " lots";
        }
        for (int i = 0; i < inputs.size(); i++) {
            LotInput input = inputs.get(i);
            if (input == null || blank(input.lotId()) || !positive(input.quantityKg())) {
                return "inputs[" + i + "] needs a lotId and quantityKg > 0";
            }
            String kg = quantity("inputs[" + i + "].quantityKg", input.quantityKg());
            if (kg != null) {
                return kg;
            }
        }
        return tooLong(batchId, processorId);
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
        if (event.quantity() < 1 || event.quantity() > MAX_QUANTITY) {
            return "quantity must be 1-" + MAX_QUANTITY;
        }
        String packSize = quantity("packSize", event.packSize());
        if (packSize != null) {
            return packSize;
        }
        if (event.packUnit() != event.productForm().packUnit()) {
            return "packUnit does not fit productForm " + event.productForm().wireName();
        }
        BigDecimal unitPrice = event.unitPrice();
        if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.scale() > 2) {
            return "unitPrice must be a decimal >= 0 with at most 2 places";
        }
        if (integerDigits(unitPrice) > MAX_INTEGER_DIGITS) {
            return "unitPrice has more than " + MAX_INTEGER_DIGITS + " digits before the point";
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
        return tooLong(
                event.orderId(),
                event.sku(),
                event.buyerRegion().province(),
                event.platform(),
                event.livestreamId(),
                event.customerId());
    }

    /** A positive decimal within the engine's digits. */
    private static @Nullable String quantity(String field, @Nullable BigDecimal value) {
        if (!positive(value)) {
            return field + " must be > 0";
        }
        if (value.scale() > MAX_SCALE || integerDigits(value) > MAX_INTEGER_DIGITS) {
            return field + " must have at most " + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_SCALE
                    + " after";
        }
        return null;
    }

    /** Digits before the point, without building the number: 1E+999999999 must stay cheap to refuse. */
    private static long integerDigits(BigDecimal value) {
        return (long) value.precision() - value.scale();
    }

    private static @Nullable String tooLong(@Nullable String... texts) {
        for (String text : texts) {
            if (text != null && text.length() > MAX_TEXT) {
                return "a text field is longer than " + MAX_TEXT + " characters";
            }
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
