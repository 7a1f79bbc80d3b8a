package io.gojichain.boot.publishing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString()} without the general formatter behind it: the same ISO-8601 text in UTC (seconds always,
 * the fraction in groups of three digits as needed), built directly. The {@code ce_time} header of every record needs
 * it, and the formatter showed in the batch path's profile; years outside 0000-9999 fall back to the JDK.
 */
final class IsoInstantText {

    private IsoInstantText() {}

    static String format(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return instant.toString();
        }
        int nano = instant.getNano();
        StringBuilder text = new StringBuilder(30);
        pad(text, utc.getYear(), 4).append('-');
        pad(text, utc.getMonthValue(), 2).append('-');
        pad(text, utc.getDayOfMonth(), 2).append('T');
        pad(text, utc.getHour(), 2).append(':');
        pad(text, utc.getMinute(), 2).append(':');
        pad(text, utc.getSecond(), 2);
        if (nano > 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                pad(text, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                pad(text, nano / 1_000, 6);
            } else {
                pad(text, nano, 9);
            }
        }
        return text.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            text.append((char) ('0' + value / divisor % 10));
        }
        return text;
    }

    private static int pow10(int exponent) {
        int value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
