package io.gojichain.boot.web;

import io.gojichain.boot.ingest.IngestProperties;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The checks every ingest request goes through, in the contract's terms: its Bean Validation annotations (run here,
 * not by {@code @Valid}, so that field paths come out as {@code region.county} and {@code [3].lotId} and all problems
 * of a batch are reported at once), the eventTime window, the service's own cross-field rules, and for a batch its
 * size and that no eventId appears twice.
 */
public class IngestValidator {

    /** A service's rules across fields of one request; field paths relative to the event ({@code packUnit}). */
    @FunctionalInterface
    public interface CrossFieldRules<R> {

        void check(R request, List<FieldError> errors);
    }

    private static final Comparator<FieldError> BY_FIELD =
            Comparator.comparing(FieldError::field).thenComparing(FieldError::message);

    private final Validator validator;

    private final Clock clock;

    private final IngestProperties.Limits limits;

    public IngestValidator(Validator validator, Clock clock, IngestProperties properties) {
        this.validator = validator;
        this.clock = clock;
        this.limits = properties.limits();
    }

    /** Throws {@link InvalidEventException} with every problem of one event. */
    public <R extends IngestRequest> void validate(@Nullable R request, CrossFieldRules<? super R> rules) {
        List<FieldError> errors = check(request, rules);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(errors, 1);
        }
    }

    /**
     * Checks the batch size first (empty: 400, too many: 413), then every item and that no two items share an
     * eventId; throws with every problem of every item, items in order, fields sorted within an item.
     */
    public <R extends IngestRequest> void validateBatch(
            List<? extends @Nullable R> requests, CrossFieldRules<? super R> rules) throws PayloadTooLargeException {
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
        List<List<FieldError>> items = new ArrayList<>(requests.size());
        boolean invalid = false;
        for (R request : requests) {
            List<FieldError> problems = check(request, rules);
            invalid |= !problems.isEmpty();
            items.add(problems);
        }
        invalid |= repeatedEventIds(requests, items);
        if (!invalid) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<FieldError> problems = items.get(i);
            problems.sort(BY_FIELD);
            for (FieldError error : problems) {
                errors.add(error.inItem(i));
            }
        }
        throw new InvalidEventException(errors, requests.size());
    }

    /** The problems of one event, sorted by field; empty when it is valid. */
    public <R extends IngestRequest> List<FieldError> check(@Nullable R request, CrossFieldRules<? super R> rules) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new FieldError(FieldError.BODY, Messages.NOT_AN_EVENT));
            return errors;
        }
        for (ConstraintViolation<R> violation : this.validator.validate(request)) {
            errors.add(new FieldError(path(violation.getPropertyPath()), violation.getMessage()));
        }
        checkEventTime(request.eventTime(), errors);
        rules.check(request, errors);
        errors.sort(BY_FIELD);
        return errors;
    }

    /**
     * A batch that names one eventId twice holds two different events under one id, and downstream would count only
     * the first: both items are named, each pointing at the other.
     */
    private static boolean repeatedEventIds(
            List<? extends @Nullable IngestRequest> requests, List<List<FieldError>> items) {
        Map<UUID, Integer> firstIndex = new HashMap<>();
        boolean repeated = false;
        for (int i = 0; i < requests.size(); i++) {
            IngestRequest request = requests.get(i);
            UUID id = request != null ? request.eventId() : null;
            if (id == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(id, i);
            if (first != null) {
                items.get(first).add(new FieldError("eventId", "is repeated by item [" + i + "]"));
                items.get(i).add(new FieldError("eventId", "repeats the eventId of item [" + first + "]"));
                repeated = true;
            }
        }
        return repeated;
    }

    private void checkEventTime(@Nullable Instant eventTime, List<FieldError> errors) {
        if (eventTime == null) {
            return; // reported by @NotNull
        }
        Duration skew = this.limits.maxFutureSkew();
        if (eventTime.isAfter(this.clock.instant().plus(skew))) {
            errors.add(new FieldError("eventTime", "must not be more than " + describe(skew) + " in the future"));
        }
        if (eventTime.isBefore(this.limits.earliestEventTime())) {
            errors.add(new FieldError("eventTime", "must not be before " + this.limits.earliestEventTime()));
        }
    }

    /** A Bean Validation path as JSON: {@code inputs[0].quantityKg}, {@code inputs[2]} for a list item itself. */
    private static String path(Path propertyPath) {
        StringBuilder field = new StringBuilder();
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

    private static String describe(Duration duration) {
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
