package io.gojichain.insights.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the tests move; every zone view of it follows the same instant. */
final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    private final ZoneId zone;

    MutableClock(Instant now) {
        this(new AtomicReference<>(now), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(Instant instant) {
        this.now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return this.zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(this.now, zone);
    }

    @Override
    public Instant instant() {
        return this.now.get();
    }
}
