package io.gojichain.insights.engine;

import java.time.LocalDate;

/**
 * Store keys: parts joined by {@code |}, the ISO day first where a store is read by day range, so
 * that a range of days is one ordered {@code range()} over the store. Parts are escaped ({@code %}
 * and {@code |}) so that free text such as a province name can never make two keys collide.
 */
final class FactKey {

    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private FactKey() {}

    static String of(Object first, Object... rest) {
        StringBuilder key = new StringBuilder(escape(first.toString()));
        for (Object part : rest) {
            key.append('|').append(escape(part.toString()));
        }
        return key.toString();
    }

    /** Every key of a store whose keys start with a day starts with this part followed by {@code |}. */
    static String prefix(Object first) {
        return escape(first.toString()) + '|';
    }

    /** The lowest key a day range can hold (inclusive). */
    static String lowerBound(LocalDate from) {
        return from.isBefore(FIRST_DAY) ? FIRST_DAY.toString() : from.toString();
    }

    /**
     * A bound above every key of day {@code to}: the next day's ISO date alone, which no key equals
     * (every key goes on with {@code |}) and which sorts after all keys of {@code to}.
     */
    static String upperBound(LocalDate to) {
        // ':' sorts right after '9', so it is above every day key up to year 9999.
        return to.isBefore(LAST_DAY) ? to.plusDays(1).toString() : ":";
    }

    private static String escape(String part) {
        if (part.indexOf('%') < 0 && part.indexOf('|') < 0) {
            return part;
        }
        return part.replace("%", "%25").replace("|", "%7C");
    }
}
