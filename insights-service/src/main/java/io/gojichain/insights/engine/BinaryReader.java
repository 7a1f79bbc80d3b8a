package io.gojichain.insights.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** Reads what {@link BinaryWriter} wrote. */
final class BinaryReader {

    private final byte[] bytes;

    private int position;

    BinaryReader(byte[] bytes) {
        this.bytes = bytes;
    }

    int readByte() {
        return this.bytes[this.position++];
    }

    long readLong() {
        long zigzag = 0;
        int shift = 0;
        while (true) {
            byte b = this.bytes[this.position++];
            zigzag |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
        }
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    int readInt() {
        return Math.toIntExact(readLong());
    }

    BigDecimal readDecimal() {
        int scale = readInt();
        if (readByte() == 0) {
            return BigDecimal.valueOf(readLong(), scale);
        }
        int length = readInt();
        byte[] unscaled = Arrays.copyOfRange(this.bytes, this.position, this.position + length);
        this.position += length;
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    String readString() {
        int length = readInt();
        String value = new String(this.bytes, this.position, length, StandardCharsets.UTF_8);
        this.position += length;
        return value;
    }

    LocalDate readDate() {
        return LocalDate.ofEpochDay(readLong());
    }

    Instant readInstant() {
        return Instant.ofEpochSecond(readLong(), readLong());
    }
}
