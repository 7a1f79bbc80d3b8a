package io.gojichain.harvest.intake;

import io.gojichain.harvest.HarvestProperties;
import io.gojichain.harvest.web.FieldError;
import io.gojichain.harvest.web.InvalidEventException;
import io.gojichain.harvest.web.PayloadTooLargeException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every rule of the contract for a {@code harvested} event: the field rules declared on {@link HarvestRequest} plus
 * the ones that need "now" (the eventTime window). Validates by hand rather than with {@code @Valid} so that field
 * paths come out in the contract's form ({@code region.county}, {@code [3].lotId}) and all problems of a batch are
 * reported at once.
 */
@Component
class HarvestRequestRules {

    private static final Comparator<FieldError> BY_FIELD =
            Comparator.comparing(FieldError::field).thenComparing(FieldError::message);

    private final Validator validator;

    private final Clock clock;

    private final HarvestProperties.Limits limits;

    HarvestRequestRules(Validator validator, Clock clock, HarvestProperties properties) {
        this.validator = validator;
        this.clock = clock;
        this.limits = properties.limits();
    }

    /** Throws {@link InvalidEventException} with every problem of one event. */
    void validate(@Nullable HarvestRequest request) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors, 1);
        }
    }

    /**
     * Checks the batch size first (empty: 400, too many: 413), then every item; throws with every problem of every
     * item, items in order, fields sorted within an item.
     */
    void validateBatch(List<@Nullable HarvestRequest> requests) throws PayloadTooLargeException {
        if (requests.isEmpty()) {
            throw new InvalidEventException(
                    List.of(new FieldError(
                            FieldError.BODY, "batch must hold 1 to " + this.limits.maxBatchItems() + " events")),
                    0);
        }
        if (requests.size() > this.limits.maxBatchItems()) {
            throw new PayloadTooLargeException(
                    "Batch holds " + requests.size() + " events; at most " + this.limits.maxBatchItems()
                            + " are accepted in one request.",
                    requests.size());
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            for (FieldError error : check(requests.get(i))) {
                errors.add(error.inItem(i));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors, requests.size());
        }
    }

    /** The problems of one event, sorted by field; empty when it is valid. */
    List<FieldError> check(@Nullable HarvestRequest request) {
        if (request == null) {
            return List.of(new FieldError(FieldError.BODY, Messages.NOT_AN_EVENT));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<HarvestRequest> violation : this.validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        checkEventTime(request.eventTime(), errors);
        errors.sort(BY_FIELD);
        return errors;
    }

    private void checkEventTime(@Nullable Instant eventTime, List<FieldError> errors) {
        if (eventTime == null) {
            return; // reported by @NotNull
        }
        Instant latest = this.clock.instant().plus(this.limits.maxFutureSkew());
        if (eventTime.isAfter(latest)) {
            errors.add(new FieldError(
                    "eventTime", "must not be more than " + describe(this.limits.maxFutureSkew()) + " in the future"));
        }
        if (eventTime.isBefore(this.limits.earliestEventTime())) {
            errors.add(new FieldError("eventTime", "must not be before " + this.limits.earliestEventTime()));
        }
    }

    private static String describe(Duration duration) {
        if (!duration.isZero() && duration.toSeconds() % 86_400 == 0) {
            long days = duration.toDays();
            return days == 1 ? "1 day" : days + " days";
        }
        return duration.toString();
    }
}
