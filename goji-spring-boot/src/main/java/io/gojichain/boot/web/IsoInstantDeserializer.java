package io.gojichain.boot.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an instant only from an ISO-8601 string WITH an offset ({@code Z} or {@code +08:00}), as the event schemas
 * require. Jackson's own Instant reader also takes epoch numbers and lower-case letters; a local time without offset
 * is ambiguous in a chain that spans time zones, so all of those are rejected here. Registered for every
 * {@link Instant} of a request by {@link StrictJsonConfiguration}.
 */
public class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    public static final String MESSAGE = "must be an ISO-8601 instant with offset, e.g. 2026-07-02T09:30:00+08:00";

    /** The same shape as the schemas' {@code instant} definition. */
    private static final Pattern ISO_WITH_OFFSET =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    public IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getString();
            if (ISO_WITH_OFFSET.matcher(text).matches()) {
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException ex) {
                    // falls through: e.g. month 13
                }
            }
        }
        throw new FieldFormatException(parser, MESSAGE, Instant.class);
    }
}
