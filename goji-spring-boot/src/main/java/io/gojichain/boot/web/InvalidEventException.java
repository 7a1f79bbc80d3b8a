package io.gojichain.boot.web;

import java.util.List;

/** The body parsed but breaks the contract's rules: answered 400 with every problem found. */
public class InvalidEventException extends RuntimeException {

    private final List<FieldError> errors;

    private final int eventCount;

    /**
     * @param errors every problem, in the order the client should read them
     * @param eventCount how many events the rejected request held (for the rejection metric)
     */
    public InvalidEventException(List<FieldError> errors, int eventCount) {
        super(summary(errors.size()), null, false, false);
        this.errors = List.copyOf(errors);
        this.eventCount = eventCount;
    }

    public List<FieldError> errors() {
        return this.errors;
    }

    public int eventCount() {
        return this.eventCount;
    }

    private static String summary(int problems) {
        return problems == 1 ? "1 problem in the request body" : problems + " problems in the request body";
    }
}
