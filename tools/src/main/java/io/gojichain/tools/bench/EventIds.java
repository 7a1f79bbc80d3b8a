package io.gojichain.tools.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event ids for the bench: version-4-shaped UUIDs made of a random run prefix and a counter, so
 * they are unique within a run and across runs, and cost a few nanoseconds instead of a
 * {@code SecureRandom} call each. Written straight into request bodies as 36 ASCII bytes.
 */
final class EventIds {

    static final int LENGTH = 36;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final long msb;

    private final AtomicLong counter = new AtomicLong();

    EventIds(long runBits) {
        // version 4 in bits 12-15 of the time_hi field
        this.msb = (runBits & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
    }

    /** Writes the next id at {@code offset}. */
    void writeNext(byte[] target, int offset) {
        // variant 10xx: the counter keeps the top two bits free (2^62 ids per run)
        long lsb = (this.counter.getAndIncrement() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        write(this.msb, lsb, target, offset);
    }

    String next() {
        byte[] text = new byte[LENGTH];
        writeNext(text, 0);
        return new String(text, StandardCharsets.US_ASCII);
    }

    long issued() {
        return this.counter.get();
    }

    static void write(long msb, long lsb, byte[] target, int offset) {
        // 8-4-4-4-12 hex digits, as UUID#toString writes them
        hex(msb >>> 32, 8, target, offset);
        target[offset + 8] = '-';
        hex(msb >>> 16, 4, target, offset + 9);
        target[offset + 13] = '-';
        hex(msb, 4, target, offset + 14);
        target[offset + 18] = '-';
        hex(lsb >>> 48, 4, target, offset + 19);
        target[offset + 23] = '-';
        hex(lsb, 12, target, offset + 24);
    }

    private static void hex(long value, int digits, byte[] target, int offset) {
        for (int i = digits - 1; i >= 0; i--) {
            target[offset + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
