package io.gojichain.processing.intake;

import io.gojichain.processing.ProcessingProperties;
import io.gojichain.processing.web.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every rule of the contract for {@code dried} and {@code juiced} requests: the Bean Validation
 * annotations on the request records plus what annotations cannot say (the eventTime window
 * against the clock, dried output at most the input). Returns all problems, each under the JSON
 * path the client sent, so one answer lists everything to fix.
 */
@Component
class ProcessingRequestRules {

    private static final Comparator<FieldError> BY_FIELD =
            Comparator.comparing(FieldError::field).thenComparing(FieldError::message);

    private final Validator validator;

    private final Clock clock;

    private final ProcessingProperties.Limits limits;

    ProcessingRequestRules(Validator validator, Clock clock, ProcessingProperties properties) {
        this.validator = validator;
        this.clock = clock;
        this.limits = properties.limits();
    }

    /** The problems of one request sent alone; empty when it may be published. */
    List<FieldError> check(@Nullable ProcessingRequest request) {
        return check(request, "");
    }

    /**
     * The problems of every item of a batch, each field prefixed with its index ({@code
     * [3].outputKg}), in item order and by field within an item.
     */
    List<FieldError> checkAll(List<? extends @Nullable ProcessingRequest> batch) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            errors.addAll(check(batch.get(i), "[" + i + "]"));
        }
        return errors;
    }

    private List<FieldError> check(@Nullable ProcessingRequest request, String prefix) {
        if (request == null) {
            return List.of(new FieldError(prefix.isEmpty() ? FieldError.BODY : prefix, Messages.NOT_AN_EVENT));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ProcessingRequest> violation : this.validator.validate(request)) {
            errors.add(new FieldError(path(prefix, violation.getPropertyPath()), violation.getMessage()));
        }
        checkEventTime(request.eventTime(), prefix, errors);
        if (request instanceof DriedRequest dried) {
            checkOutputWithinInput(dried, prefix, errors);
        }
        errors.sort(BY_FIELD);
        return errors;
    }

    private void checkEventTime(@Nullable Instant eventTime, String prefix, List<FieldError> errors) {
        if (eventTime == null) {
            return; // @NotNull reports it
        }
        Duration skew = this.limits.maxFutureSkew();
        if (eventTime.isAfter(this.clock.instant().plus(skew))) {
            errors.add(new FieldError(
                    field(prefix, "eventTime"), "must not be more than " + readable(skew) + " in the future"));
        }
        if (eventTime.isBefore(this.limits.earliestEventTime())) {
            errors.add(new FieldError(
                    field(prefix, "eventTime"), "must not be before " + this.limits.earliestEventTime()));
        }
    }

    /** Drying only removes water: the dried weight cannot exceed the fresh weight that went in. */
    private static void checkOutputWithinInput(DriedRequest dried, String prefix, List<FieldError> errors) {
        BigDecimal output = dried.outputKg();
        List<@Nullable LotInputRequest> inputs = dried.inputs();
        if (output == null || inputs == null || inputs.isEmpty()) {
            return; // reported by the annotations
        }
        BigDecimal total = BigDecimal.ZERO;
        for (LotInputRequest input : inputs) {
            if (input == null || input.quantityKg() == null) {
                return; // the total is unknown; the missing value is reported
            }
            total = total.add(input.quantityKg());
        }
        if (output.compareTo(total) > 0) {
            errors.add(new FieldError(
                    field(prefix, "outputKg"),
                    "must not exceed the total input quantityKg (" + total.toPlainString() + ")"));
        }
    }

    /** A Bean Validation path as JSON: {@code inputs[0].quantityKg}, {@code inputs[2]} for the item itself. */
    private static String path(String prefix, Path propertyPath) {
        StringBuilder field = new StringBuilder(prefix);
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(key).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? FieldError.BODY : field.toString();
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    private static String readable(Duration duration) {
        if (!duration.isZero() && duration.toSeconds() % 86_400 == 0) {
            long days = duration.toDays();
            return days == 1 ? "1 day" : days + " days";
        }
        if (!duration.isZero() && duration.toSeconds() % 3600 == 0) {
            long hours = duration.toHours();
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return duration.toSeconds() + " s";
    }
}
