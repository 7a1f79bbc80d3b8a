package io.gojichain.sales.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads an instant only from an ISO-8601 string WITH an offset ({@code Z} or {@code +08:00}).
 * Jackson's default would also take epoch numbers, and a local time without offset is ambiguous
 * by up to a day, so the contract rejects both.
 */
public class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    static final String MESSAGE = "must be an ISO-8601 date-time with offset, e.g. 2026-09-01T20:00:00+08:00";

    public IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw new FieldFormatException(parser, MESSAGE, Instant.class);
        }
        try {
            return OffsetDateTime.parse(parser.getString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException ex) {
            throw new FieldFormatException(parser, MESSAGE, Instant.class);
        }
    }
}
