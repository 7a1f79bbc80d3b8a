package io.gojichain.boot.security;

/** A body that names an organisation the key may not post for: a 403 naming the field. */
public class OrganisationForbiddenException extends RuntimeException {

    private final String field;

    public OrganisationForbiddenException(String field) {
        super("This key may not post for the organisation named in " + field);
        this.field = field;
    }

    /** The field's path, e.g. {@code [3].cooperativeId}. */
    public String field() {
        return this.field;
    }
}
