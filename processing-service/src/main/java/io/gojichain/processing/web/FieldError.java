package io.gojichain.processing.web;

/**
 * One problem with a request, as the 400 body lists it.
 *
 * @param field the JSON path of the offending value, e.g. {@code inputs[0].quantityKg} or, in a
 *     batch, {@code [3].inputs[0].quantityKg}; {@code $} for the whole body
 * @param message what is wrong, for a human
 */
public record FieldError(String field, String message) {}
