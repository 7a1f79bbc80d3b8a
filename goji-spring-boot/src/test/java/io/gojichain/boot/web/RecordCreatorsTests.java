package io.gojichain.boot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/** Records bind through the spread constructor exactly as through Jackson's own call. */
class RecordCreatorsTests {

    record Line(
            @Nullable UUID eventId,
            @Nullable Instant eventTime,
            @Nullable String orderId,
            @Nullable Integer quantity,
            @Nullable BigDecimal packSize,
            @Nullable List<@Nullable Line> children) {}

    record Picky(String name) {
        Picky {
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty name");
            }
        }
    }

    private static final JsonMapper STRICT =
            StrictJson.apply(JsonMapper.builder()).build();

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void aRecordBindsAsWithoutTheModule() {
        String json = """
                {"eventId": "5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f", "eventTime": "2026-09-01T20:00:00+08:00",
                 "orderId": "JD-1", "quantity": 3, "packSize": 0.25, "extra": 1,
                 "children": [{"orderId": "JD-2", "quantity": 1}, null]}""";

        Line line = STRICT.readValue(json, Line.class);

        assertThat(line)
                .isEqualTo(new Line(
                        UUID.fromString("5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f"),
                        Instant.parse("2026-09-01T12:00:00Z"),
                        "JD-1",
                        3,
                        new BigDecimal("0.25"),
                        java.util.Arrays.asList(new Line(null, null, "JD-2", 1, null, null), null)));
        assertThat(STRICT.readValue("{}", Line.class)).isEqualTo(new Line(null, null, null, null, null, null));
    }

    @Test
    void aThrowingConstructorFailsAsJacksonReportsIt() {
        assertThatThrownBy(() -> STRICT.readValue("{\"name\": \"\"}", Picky.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("empty name");
        assertThatThrownBy(() -> PLAIN.readValue("{\"name\": \"\"}", Picky.class))
                .isInstanceOf(ValueInstantiationException.class);
    }
}
