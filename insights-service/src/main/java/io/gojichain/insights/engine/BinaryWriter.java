package io.gojichain.insights.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes the compact binary store values (see {@link FactSerdes}): variable-length integers, exact
 * decimals as scale and unscaled two's-complement bytes, strings as UTF-8 with their length.
 */
final class BinaryWriter {

    private byte[] buffer;

    private int size;

    BinaryWriter(int capacity) {
        this.buffer = new byte[capacity];
    }

    BinaryWriter writeByte(int value) {
        ensure(1);
        this.buffer[this.size++] = (byte) value;
        return this;
    }

    /** ZigZag varint: small magnitudes, positive or negative, take one or two bytes. */
    BinaryWriter writeLong(long value) {
        long zigzag = (value << 1) ^ (value >> 63);
        ensure(10);
        while ((zigzag & ~0x7FL) != 0) {
            this.buffer[this.size++] = (byte) ((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        this.buffer[this.size++] = (byte) zigzag;
        return this;
    }

    BinaryWriter writeDecimal(BigDecimal value) {
        writeLong(value.scale());
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 63) {
            // the common case without a byte array: marker 0, then the value
            writeByte(0);
            return writeLong(unscaled.longValue());
        }
        byte[] bytes = unscaled.toByteArray();
        writeByte(1);
        writeLong(bytes.length);
        return writeBytes(bytes);
    }

    BinaryWriter writeString(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeLong(bytes.length);
        return writeBytes(bytes);
    }

    BinaryWriter writeDate(LocalDate day) {
        return writeLong(day.toEpochDay());
    }

    BinaryWriter writeInstant(Instant instant) {
        return writeLong(instant.getEpochSecond()).writeLong(instant.getNano());
    }

    byte[] toByteArray() {
        return Arrays.copyOf(this.buffer, this.size);
    }

    private BinaryWriter writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, this.buffer, this.size, bytes.length);
        this.size += bytes.length;
        return this;
    }

    private void ensure(int more) {
        if (this.size + more > this.buffer.length) {
            this.buffer = Arrays.copyOf(this.buffer, Math.max(this.buffer.length * 2, this.size + more));
        }
    }
}
