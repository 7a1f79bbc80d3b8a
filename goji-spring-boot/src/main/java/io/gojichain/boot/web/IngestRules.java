package io.gojichain.boot.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one request type: what {@link IngestValidator} checks for every ingest request, plus the rules across
 * fields that a service adds by overriding {@link #checkAcrossFields}. A service's rules class extends this and holds
 * nothing else.
 *
 * @param <R> the service's request record
 */
public class IngestRules<R extends IngestRequest> {

    private final IngestValidator validator;

    public IngestRules(IngestValidator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidEventException} with every problem of one event. */
    public void validate(@Nullable R request) {
        this.validator.validate(request, this::checkAcrossFields);
    }

    /** Throws with every problem of every item (400), or for a batch over the item limit (413). */
    public void validateBatch(List<? extends @Nullable R> requests) throws PayloadTooLargeException {
        this.validator.validateBatch(requests, this::checkAcrossFields);
    }

    /** Every problem of one request, sorted by field; empty when it is valid. */
    public List<FieldError> check(@Nullable R request) {
        return this.validator.check(request, this::checkAcrossFields);
    }

    /**
     * Adds the problems that span fields of a request whose single fields were already checked (each may still be
     * null or out of range); field paths relative to the event, e.g. {@code packUnit}. None by default.
     */
    protected void checkAcrossFields(R request, List<FieldError> errors) {}
}
