package io.gojichain.tools.bench;

import java.util.Locale;

/**
 * The targets and how a number is held against them. Formatting lives here too, so that
 * the table, the Markdown and the tests agree on one spelling of a number.
 */
final class Targets {

    static final double BATCH_VS_PRODUCER = 0.5;

    static final double SINGLE_REQUESTS_PER_SEC = 5000;

    static final double SINGLE_P99_MS = 25;

    static final int SINGLE_CLIENTS = 64;

    /** Issue 9: the replay counts at least 0.15x what a plain consumer fetches ... */
    static final double REPLAY_VS_CONSUMER = 0.15;

    /** ... and at least twice what the straightforward DSL design counts on the same records. */
    static final double REPLAY_VS_DSL_REFERENCE = 2.0;

    static final double FRESHNESS_P99_MS = 1000;

    static final double FRESHNESS_RATE = 1000;

    static final long INGEST_RSS_MIB = 300;

    static final long INSIGHTS_RSS_MIB = 600;

    static final String MET = "met";

    static final String MISSED = "missed";

    private Targets() {}

    static String verdict(boolean met) {
        return met ? MET : MISSED;
    }

    /** A ratio such as {@code 0.42x}; a dash when there is nothing to compare with. */
    static String ratio(double value, double reference) {
        if (!(reference > 0) || Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2fx", value / reference);
    }

    /** Whole numbers with thousands separators: {@code 12,345}. */
    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** Milliseconds with the precision that matters at their size: {@code 0.42}, {@code 3.1}, {@code 120}. */
    static String ms(double value) {
        if (value < 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (value < 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String percentiles(Latency latency) {
        return "p50 " + ms(latency.p50Ms()) + " / p99 " + ms(latency.p99Ms()) + " / p99.9 " + ms(latency.p999Ms())
                + " ms";
    }
}
