package io.gojichain.boot.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every string of a request as Jackson does and then refuses text that would show one thing and store
 * another: control characters (NUL, CR, LF, DEL, C1; JSON lets a client send them escaped, and they break logs, CSV
 * exports and terminals downstream), the Unicode bidi embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069: "Trojan Source" reordering of what a dashboard shows) and unpaired surrogates (not text at all; most
 * encoders turn them into {@code ?}). Any other letter of any script passes: {@code 广东省}, {@code 深圳}, emoji.
 */
public class PlainTextDeserializer extends StringDeserializer {

    public static final String MESSAGE =
            "must not contain control characters, bidi override or isolate characters, or unpaired surrogates";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = super.deserialize(parser, context);
        if (text != null && !isPlain(text)) {
            throw new FieldFormatException(parser, MESSAGE, String.class);
        }
        return text;
    }

    /** True when the text holds none of the characters this class refuses. */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || isBidiControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
