package io.gojichain.harvest.web;

/**
 * One problem with a request body.
 *
 * @param field where, as a path into the body: {@code quantityKg}, {@code region.county}, {@code [3].lotId}; empty
 *     for the body as a whole
 * @param message what is wrong, for a human
 */
public record FieldError(String field, String message) {}
