package io.gojichain.sales.intake;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.sales.SalesProperties;
import io.gojichain.sales.web.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every rule of the {@code sold} event: the annotations of {@link SaleRequest} (run through the
 * validator here, not by {@code @Valid}, so that field paths can carry a batch index) plus the rules
 * that span fields or need the clock.
 */
@Component
public class SaleRequestRules {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private final Validator validator;

    private final Clock clock;

    private final SalesProperties.Limits limits;

    public SaleRequestRules(Validator validator, Clock clock, SalesProperties properties) {
        this.validator = validator;
        this.clock = clock;
        this.limits = properties.limits();
    }

    /**
     * Every problem of one request, sorted by field.
     *
     * @param prefix put before each field path: empty for a single event, {@code [3]} for the fourth
     *     event of a batch
     */
    public List<FieldError> check(@Nullable SaleRequest request, String prefix) {
        if (request == null) {
            return List.of(new FieldError(prefix.isEmpty() ? FieldError.BODY : prefix, Messages.NOT_AN_EVENT));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<SaleRequest> violation : this.validator.validate(request)) {
            errors.add(new FieldError(path(prefix, violation.getPropertyPath().toString()), violation.getMessage()));
        }
        checkEventTime(request.eventTime(), prefix, errors);
        checkLivestream(request.channel(), request.livestreamId(), prefix, errors);
        checkPackUnit(request.productForm(), request.packUnit(), prefix, errors);
        checkCurrency(request.currency(), prefix, errors);
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    private void checkEventTime(@Nullable Instant eventTime, String prefix, List<FieldError> errors) {
        if (eventTime == null) {
            return;
        }
        Duration skew = this.limits.maxFutureSkew();
        if (eventTime.isAfter(this.clock.instant().plus(skew))) {
            errors.add(new FieldError(
                    path(prefix, "eventTime"), "must not be more than " + describe(skew) + " in the future"));
        }
        if (eventTime.isBefore(this.limits.earliestEventTime())) {
            errors.add(
                    new FieldError(path(prefix, "eventTime"), "must not be before " + this.limits.earliestEventTime()));
        }
    }

    private static void checkLivestream(
            @Nullable Channel channel, @Nullable String livestreamId, String prefix, List<FieldError> errors) {
        if (channel == Channel.LIVESTREAM && livestreamId == null) {
            errors.add(new FieldError(path(prefix, "livestreamId"), "is required when channel is livestream"));
        }
        if (channel != null && channel != Channel.LIVESTREAM && livestreamId != null) {
            errors.add(new FieldError(path(prefix, "livestreamId"), "must be absent unless channel is livestream"));
        }
    }

    private static void checkPackUnit(
            @Nullable ProductForm productForm, @Nullable PackUnit packUnit, String prefix, List<FieldError> errors) {
        if (productForm != null && packUnit != null && packUnit != productForm.packUnit()) {
            errors.add(new FieldError(
                    path(prefix, "packUnit"),
                    "must be " + wireName(productForm.packUnit()) + " for productForm " + productForm.wireName()));
        }
    }

    private static void checkCurrency(@Nullable String currency, String prefix, List<FieldError> errors) {
        if (currency == null) {
            return;
        }
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            errors.add(new FieldError(
                    path(prefix, "currency"), "must be an ISO 4217 code of 3 upper-case letters, e.g. CNY"));
            return;
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException ex) {
            errors.add(new FieldError(path(prefix, "currency"), "must be an ISO 4217 currency code, e.g. CNY"));
        }
    }

    static String path(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : prefix + "." + field;
    }

    private static String wireName(PackUnit unit) {
        return unit == PackUnit.KG ? "kg" : "L";
    }

    private static String describe(Duration duration) {
        if (duration.toHoursPart() == 0 && duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
            long days = duration.toDays();
            return days == 1 ? "1 day" : days + " days";
        }
        return duration.toSeconds() + " seconds";
    }
}
