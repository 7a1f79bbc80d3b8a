package io.gojichain.processing.web;

import java.util.List;

/** The request broke one or more rules of the event contract; answered with 400 and every problem. */
public class InvalidEventException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidEventException(List<FieldError> errors) {
        super(errors.size() == 1 ? "1 problem" : errors.size() + " problems", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return this.errors;
    }
}
