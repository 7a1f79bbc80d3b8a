package io.gojichain.boot.web;

/**
 * Validation messages, fixed in English: they are part of the API's answers and must not change with the server's
 * locale or the client's Accept-Language (Bean Validation's default messages would follow both). Constants, so that
 * the services' request records can name them in their constraint annotations.
 */
public final class Messages {

    public static final String LOT_CODE_PATTERN = "[A-Za-z0-9._:-]{1,64}";

    public static final String REQUIRED = "must not be null";

    public static final String NOT_BLANK = "must not be blank";

    public static final String NOT_AN_EVENT = "must be an event object, not null";

    public static final String LOT_CODE = "must be 1 to 64 characters of A-Z a-z 0-9 . _ : -";

    public static final String SIZE = "size must be between {min} and {max}";

    public static final String MAX_LENGTH = "size must be at most {max}";

    public static final String POSITIVE = "must be greater than 0";

    public static final String AT_LEAST = "must be greater than or equal to {value}";

    public static final String AT_MOST = "must be less than or equal to {value}";

    public static final String DECIMALS_3 = "must have at most 3 decimal places (and at most 9 integer digits)";

    private Messages() {}
}
