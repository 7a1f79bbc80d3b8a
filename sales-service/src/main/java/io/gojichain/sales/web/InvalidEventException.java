package io.gojichain.sales.web;

import java.util.List;

/** The request broke one or more rules of the contract; answered with 400 and every problem found. */
public class InvalidEventException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidEventException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return this.errors;
    }
}
