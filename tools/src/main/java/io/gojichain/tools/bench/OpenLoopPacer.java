package io.gojichain.tools.bench;

/**
 * Open-loop pacing: the n-th request is due at {@code start + n / rate}, whatever happened to the
 * requests before it. A closed loop would slow down with the system and hide its queueing; this
 * keeps offering the set rate, and a sender that falls behind sends at once to catch up.
 */
final class OpenLoopPacer {

    private final double ratePerSecond;

    private final long startNanos;

    OpenLoopPacer(double ratePerSecond, long startNanos) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be > 0");
        }
        this.ratePerSecond = ratePerSecond;
        this.startNanos = startNanos;
    }

    /** When the n-th request (from 0) is due. */
    long dueNanos(long n) {
        return this.startNanos + (long) (n * 1e9 / this.ratePerSecond);
    }

    /** How many requests are due by {@code nowNanos} (the n-th is due once now reaches its time). */
    long dueBy(long nowNanos) {
        if (nowNanos < this.startNanos) {
            return 0;
        }
        long n = (long) Math.floor((nowNanos - this.startNanos) * this.ratePerSecond / 1e9) + 1;
        // floating point may land one off at the boundaries: settle on the exact definition
        while (n > 0 && dueNanos(n - 1) > nowNanos) {
            n--;
        }
        while (dueNanos(n) <= nowNanos) {
            n++;
        }
        return n;
    }
}
