package io.gojichain.boot.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the wrong shape for a field whose rule a generic "must be a string" would not explain (an instant
 * without offset, a price sent as a number). Its message goes to the client as is.
 */
public class FieldFormatException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    public FieldFormatException(JsonParser parser, String message, Class<?> targetType) {
        super(parser, message, targetType);
    }
}
