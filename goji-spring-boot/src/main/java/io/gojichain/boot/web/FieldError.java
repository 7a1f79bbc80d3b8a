package io.gojichain.boot.web;

/**
 * One problem with a request body, as the {@code errors} of a 400 problem list it.
 *
 * @param field where, as a path into the body: {@code quantityKg}, {@code region.county}, {@code [3].lotId}; {@code
 *     $} (the JSON Path root) for the body as a whole, e.g. an empty batch or a body that is not an object
 * @param message what is wrong, for a human; fixed English, whatever the client's Accept-Language
 */
public record FieldError(String field, String message) {

    /** The field of a problem with the whole body. */
    public static final String BODY = "$";

    /** The field of a problem inside batch item {@code index}: {@code [3].quantityKg}, {@code [3]} for the item. */
    public FieldError inItem(int index) {
        String item = "[" + index + "]";
        return new FieldError(BODY.equals(this.field) ? item : item + "." + this.field, this.message);
    }
}
