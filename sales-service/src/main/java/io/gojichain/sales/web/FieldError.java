package io.gojichain.sales.web;

/**
 * One problem with a request, as listed in the {@code errors} of a 400 problem.
 *
 * @param field the JSON path of the offending value, e.g. {@code buyerRegion.province}, or {@code
 *     [3].quantity} for the fourth event of a batch; empty for the body as a whole
 * @param message what is wrong, in words a client developer can act on
 */
public record FieldError(String field, String message) {}
