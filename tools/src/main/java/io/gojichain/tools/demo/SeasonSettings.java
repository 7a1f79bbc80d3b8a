package io.gojichain.tools.demo;

import java.util.Locale;

/**
 * What makes a season: the seed of every random draw, the calendar year and the scale (1 = the
 * default season of roughly 30,000 events; farms and order rates grow with it).
 */
record SeasonSettings(long seed, int year, double scale) {

    SeasonSettings {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0");
        }
    }

    /**
     * Everything the event ids depend on besides the sequence number: re-running the same settings
     * re-sends the same ids (counted once downstream), other settings never collide with them.
     */
    String idKey() {
        return String.format(Locale.ROOT, "%d/%d/%.4f", this.seed, this.year, this.scale);
    }
}
