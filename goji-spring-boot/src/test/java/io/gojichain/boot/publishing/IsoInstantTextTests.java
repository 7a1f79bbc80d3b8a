package io.gojichain.boot.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-09-01T12:00:00Z", "2026-09-01T12:00:00.100Z", "2026-09-01T12:00:00.000001Z",
                "2026-09-01T12:00:00.000000001Z", "2026-09-01T12:00:00.123456789Z", "2000-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"
            })
    void writesWhatInstantToStringWrites(String text) {
        Instant instant = Instant.parse(text);
        assertThat(IsoInstantText.format(instant)).isEqualTo(instant.toString());
    }

    @Test
    void agreesWithTheJdkOnRandomInstants() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    random.nextLong(946_684_800L, 4_102_444_800L), i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
            assertThat(IsoInstantText.format(instant)).isEqualTo(instant.toString());
        }
    }
}
