package io.gojichain.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventWireFormatTests {

    private static final JsonMapper MAPPER = GojiJson.mapper();

    static Stream<Arguments> goldenEvents() {
        return Stream.of(
                Arguments.of("harvested.json", Harvested.class, EventType.HARVESTED),
                Arguments.of("dried.json", Dried.class, EventType.DRIED),
                Arguments.of("juiced.json", Juiced.class, EventType.JUICED),
                Arguments.of("sold.json", Sold.class, EventType.SOLD),
                Arguments.of("sold-livestream.json", Sold.class, EventType.SOLD));
    }

    @ParameterizedTest
    @MethodSource("goldenEvents")
    void eventSerialisesToItsGoldenJsonAndBackUnchanged(
            String file, Class<? extends GojiEvent> type, EventType eventType) {
        String golden = read("events/" + file);

        GojiEvent event = MAPPER.readValue(golden, type);
        String written = MAPPER.writeValueAsString(event);

        assertThat(event.eventType()).isEqualTo(eventType);
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(golden));
        assertThat(MAPPER.readValue(written, type)).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("goldenEvents")
    void goldenJsonIsValidAgainstItsSchema(String file, Class<? extends GojiEvent> type, EventType eventType) {
        assertThat(EventSchemas.violations(eventType, read("events/" + file))).isEmpty();
    }

    static Stream<Arguments> invalidEvents() throws IOException {
        Path dir = resourceDir("events/invalid");
        try (Stream<Path> files = Files.list(dir)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .map(name -> Arguments.of(name, eventTypeOf(name)))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("invalidEvents")
    void invalidExampleIsRejectedBySchema(String file, EventType eventType) {
        assertThat(EventSchemas.violations(eventType, read("events/invalid/" + file)))
                .as(file)
                .isNotEmpty();
    }

    @Test
    void soldCarriesMoneyAsAStringAndExactDecimals() {
        Sold sold = MAPPER.readValue(read("events/sold.json"), Sold.class);

        JsonNode json = MAPPER.valueToTree(sold);

        assertThat(json.get("unitPrice").isString()).isTrue();
        assertThat(json.get("unitPrice").asString()).isEqualTo("29.90");
        assertThat(sold.unitPrice()).isEqualTo(new BigDecimal("29.90"));
        assertThat(sold.packSize()).isEqualTo(new BigDecimal("0.25"));
    }

    @Test
    void absentOptionalFieldsAreLeftOutNotNull() {
        Sold sold = MAPPER.readValue(read("events/sold-livestream.json"), Sold.class);

        JsonNode json = MAPPER.valueToTree(sold);

        assertThat(sold.customerId()).isNull();
        assertThat(json.has("customerId")).isFalse();
        assertThat(json.has("batchId")).isFalse();
        assertThat(json.get("buyerRegion").has("city")).isFalse();
    }

    @Test
    void provenanceIsReadWhereStampedAndOptionalOnEventsFromBeforeAccess() {
        Sold stamped = MAPPER.readValue(read("events/sold.json"), Sold.class);
        assertThat(stamped.submittedBy()).isEqualTo("SHOP-01");
        assertThat(stamped.sellerId()).isEqualTo("SHOP-01");

        Sold before = MAPPER.readValue(read("events/sold-livestream.json"), Sold.class);
        assertThat(before.submittedBy()).isNull();
        assertThat(before.sellerId()).isNull();
        assertThat(MAPPER.valueToTree(before).has("submittedBy")).isFalse();
        assertThat(EventSchemas.violations(EventType.SOLD, read("events/sold-livestream.json")))
                .isEmpty();
    }

    @Test
    void eventTimeWithAnOffsetIsReadAsTheSameInstant() {
        String json = read("events/harvested.json").replace("2026-07-02T01:30:00Z", "2026-07-02T09:30:00+08:00");

        Harvested harvested = MAPPER.readValue(json, Harvested.class);

        assertThat(harvested.eventTime()).isEqualTo(Instant.parse("2026-07-02T01:30:00Z"));
    }

    @Test
    void unknownFieldsAreIgnoredButAFloatIsNoInteger() {
        String withExtra = read("events/sold.json").replace("\"quantity\" : 3", "\"quantity\" : 3, \"coupon\" : \"X\"");
        assertThat(MAPPER.readValue(withExtra, Sold.class).quantity()).isEqualTo(3);

        String fractional = read("events/sold.json").replace("\"quantity\" : 3", "\"quantity\" : 3.5");
        assertThatThrownBy(() -> MAPPER.readValue(fractional, Sold.class)).hasMessageContaining("quantity");
    }

    @Test
    void catalogueNamesEveryEventTopicWithItsKey() {
        Harvested harvested = MAPPER.readValue(read("events/harvested.json"), Harvested.class);
        Sold sold = MAPPER.readValue(read("events/sold.json"), Sold.class);

        assertThat(Topics.of(EventType.HARVESTED)).isEqualTo("goji.harvested.v1");
        assertThat(Topics.of(EventType.SOLD)).isEqualTo("goji.sold.v1");
        assertThat(Topics.keyOf(harvested)).isEqualTo("JH-2026-0702-F017");
        assertThat(Topics.keyOf(sold)).isEqualTo("JD-880021");
        assertThat(Topics.EVENT_TOPICS)
                .containsExactly("goji.harvested.v1", "goji.dried.v1", "goji.juiced.v1", "goji.sold.v1");
        assertThat(EventType.DRIED.cloudEventType()).isEqualTo("goji.dried.v1");
        assertThat(UUID.fromString(harvested.eventId().toString())).isEqualTo(harvested.eventId());
        assertThat(List.copyOf(Topics.ALL)).extracting(Topics.Topic::writer).doesNotContainNull();
    }

    private static EventType eventTypeOf(String fileName) {
        String prefix = fileName.substring(0, fileName.indexOf('-'));
        return EventType.valueOf(prefix.toUpperCase());
    }

    private static String read(String resource) {
        try {
            return Files.readString(resourceDir(resource), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path resourceDir(String resource) {
        try {
            return Path.of(
                    EventWireFormatTests.class.getResource("/" + resource).toURI());
        } catch (Exception ex) {
            throw new IllegalStateException(resource, ex);
        }
    }
}
