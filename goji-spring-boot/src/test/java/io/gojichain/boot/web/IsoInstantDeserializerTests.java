package io.gojichain.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand parser reads exactly what {@code OffsetDateTime.parse} reads in the schemas' shape, and nothing else. */
class IsoInstantDeserializerTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-07-02T09:30:00+08:00",
                "2026-07-02T09:30+08:00",
                "2026-07-02T01:30:00Z",
                "2026-07-02T01:30Z",
                "2026-07-02T01:30:00.5Z",
                "2026-07-02T01:30:00.123456789-05:30",
                "2000-01-01T00:00:00Z",
                "2024-02-29T23:59:59.999+14:00",
                "2026-12-31T23:59:59-18:00",
                "1999-12-31T23:59:59Z"
            })
    void readsTheSchemasShapeAsTheJdkDoes(String text) {
        assertThat(IsoInstantDeserializer.parse(text))
                .isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-07-02T09:30:00",
                "2026-07-02",
                "2026-07-02 09:30:00Z",
                "2026-07-02t09:30:00z",
                "2026-13-02T09:30Z",
                "2026-02-30T09:30Z",
                "2026-07-02T24:00Z",
                "2026-07-02T09:60Z",
                "2026-07-02T09:30:60Z",
                "2026-07-02T09:30:00.Z",
                "2026-07-02T09:30:00.1234567891Z",
                "2026-07-02T09:30:00+19:00",
                "2026-07-02T09:30:00+08:60",
                "2026-07-02T09:30:00+0800",
                "2026-07-02T09:30:00+08",
                "+2026-07-02T09:30Z",
                "2026-07-02T09:30:00Z ",
                " 2026-07-02T09:30:00Z",
                "2026-07-02T09:30:00ZZ",
                "２０２６-07-02T09:30Z",
                "2026-7-02T09:30Z",
                "1782955800",
                ""
            })
    void refusesEverythingElse(String text) {
        assertThat(IsoInstantDeserializer.parse(text)).isNull();
    }
}
