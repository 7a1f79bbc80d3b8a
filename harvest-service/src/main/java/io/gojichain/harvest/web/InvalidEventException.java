package io.gojichain.harvest.web;

import java.util.List;

/** The body parsed but breaks the contract's rules: answered 400 with every problem found. */
public class InvalidEventException extends RuntimeException {

    private final List<FieldError> errors;

    private final int eventCount;

    /**
     * @param detail a one-line summary for the problem's {@code detail}
     * @param errors every problem, in the order the client should read them
     * @param eventCount how many events the rejected request held (for the rejection metric)
     */
    public InvalidEventException(String detail, List<FieldError> errors, int eventCount) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
        this.eventCount = eventCount;
    }

    public List<FieldError> errors() {
        return this.errors;
    }

    public int eventCount() {
        return this.eventCount;
    }
}
