package io.gojichain.boot.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Takes money only as a JSON string: a JSON number has already been through a binary float in many clients, so the
 * contract refuses it rather than guess the cents. The pattern (at most 10 integer digits and 2 places, so that no
 * accepted amount overflows a downstream decimal column) is checked by Bean Validation afterwards, with {@link
 * #MESSAGE}.
 */
public class DecimalStringDeserializer extends StdScalarDeserializer<String> {

    public static final String MESSAGE =
            "must be a decimal string with at most 10 integer digits and 2 decimal places, e.g. \"29.90\"";

    /** The contract's money: not negative, no leading zeros, at most 10 integer digits and 2 places. */
    public static final String PATTERN = "(0|[1-9][0-9]{0,9})(\\.[0-9]{1,2})?";

    public DecimalStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new FieldFormatException(parser, MESSAGE, String.class);
        }
        return parser.getString();
    }
}
