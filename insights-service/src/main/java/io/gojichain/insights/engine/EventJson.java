package io.gojichain.insights.engine;

import io.gojichain.contracts.GojiJson;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The contract's mapper for reading events, with one change: instants in the canonical UTC form the
 * ingest services write ({@code 2026-09-01T10:00:00Z}, optionally with a fraction) are parsed by
 * hand. A profile of the replay put a tenth of the stream thread in {@code DateTimeFormatter}
 * (two instants an event); anything else (offsets, other shapes, errors) goes to Jackson's own
 * deserializer, so what is accepted and how it fails does not change.
 */
final class EventJson {

    private static final JsonMapper MAPPER = GojiJson.configure(JsonMapper.builder())
            .addModule(new SimpleModule("goji-fast-instant").addDeserializer(Instant.class, new FastInstant()))
            .build();

    private EventJson() {}

    static JsonMapper mapper() {
        return MAPPER;
    }

    private static final class FastInstant extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                Instant fast = parse(parser.getString());
                if (fast != null) {
                    return fast;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }

        /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other text. */
        static Instant parse(String text) {
            int length = text.length();
            if (length < 20
                    || length > 30
                    || text.charAt(length - 1) != 'Z'
                    || text.charAt(4) != '-'
                    || text.charAt(7) != '-'
                    || text.charAt(10) != 'T'
                    || text.charAt(13) != ':'
                    || text.charAt(16) != ':') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = 0;
            if (length > 20) {
                int fraction = length - 21;
                if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                    return null;
                }
                nanos = digits(text, 20, length - 1);
                for (int i = fraction; i < 9; i++) {
                    nanos *= 10;
                }
            } else if (text.charAt(19) != 'Z') {
                return null;
            }
            if (year < 0
                    || month < 0
                    || day < 0
                    || hour < 0
                    || hour > 23
                    || minute < 0
                    || minute > 59
                    || second < 0
                    || second > 59
                    || nanos < 0) {
                return null;
            }
            try {
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
            } catch (DateTimeException ex) {
                return null;
            }
        }

        /** The decimal number in {@code [from, to)}, or -1 unless all of it is ASCII digits. */
        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
