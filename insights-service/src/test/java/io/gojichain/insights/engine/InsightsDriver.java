package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Topics;
import io.gojichain.insights.facts.SalesFact;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.jspecify.annotations.Nullable;

/** The insights topology under a TopologyTestDriver, with the metrics in a simple registry. */
final class InsightsDriver implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The test's wall clock starts here (the stream thread's "now"). */
    static final Instant WALL_CLOCK_START = Instant.parse("2026-09-02T00:00:00Z");

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    final TopologyTestDriver driver;

    final TestOutputTopic<byte[], byte[]> deadLetters;

    private final Map<String, TestInputTopic<byte[], byte[]>> inputs = new LinkedHashMap<>();

    InsightsDriver(Path stateDir) {
        this(stateDir, Duration.ofDays(7), Duration.ofMinutes(10));
    }

    InsightsDriver(Path stateDir, Duration retention, Duration purgeInterval) {
        StreamsBuilder builder = new StreamsBuilder();
        InsightsTopology.build(
                builder, new TopologySettings(ZONE, retention, purgeInterval, new EngineMetrics(this.registry)));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "insights-service-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        this.driver = new TopologyTestDriver(builder.build(), config, WALL_CLOCK_START);
        for (String topic : Topics.EVENT_TOPICS) {
            this.inputs.put(
                    topic, this.driver.createInputTopic(topic, new ByteArraySerializer(), new ByteArraySerializer()));
        }
        this.deadLetters = this.driver.createOutputTopic(
                Topics.INSIGHTS_DEAD_LETTER, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Publishes as an ingest service would: catalogue topic and key, contract JSON. */
    void send(GojiEvent event) {
        sendRaw(
                Topics.of(event.eventType()),
                Topics.keyOf(event),
                GojiJson.mapper().writeValueAsBytes(event));
    }

    void sendRaw(String topic, @Nullable String key, byte @Nullable [] value) {
        sendRaw(topic, key, value, new RecordHeaders());
    }

    void sendRaw(String topic, @Nullable String key, byte @Nullable [] value, Headers headers) {
        byte[] keyBytes = (key == null) ? null : key.getBytes(StandardCharsets.UTF_8);
        this.inputs.get(topic).pipeInput(new TestRecord<>(keyBytes, value, headers));
    }

    void advanceWallClock(Duration duration) {
        this.driver.advanceWallClockTime(duration);
    }

    /** Every entry of a store, in key order. */
    <V> Map<String, V> store(String name) {
        KeyValueStore<String, V> store = this.driver.getKeyValueStore(name);
        Map<String, V> entries = new LinkedHashMap<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            it.forEachRemaining(kv -> entries.put(kv.key, kv.value));
        }
        return entries;
    }

    double counter(String name, String... tags) {
        Counter counter = this.registry.find(name).tags(tags).counter();
        return (counter == null) ? 0 : counter.count();
    }

    /** {@code goji.insights.dead.lettered} of a topic and reason. */
    double deadLettered(String topic, String reason) {
        return counter("goji.insights.dead.lettered", "topic", topic, "reason", reason);
    }

    /** Packs counted for one SKU, over all its facts. */
    long unitsOfSku(String sku) {
        Map<String, SalesFact> facts = store(StoreNames.SOLD_FACTS);
        return facts.values().stream()
                .filter(fact -> fact.sku().equals(sku))
                .mapToLong(SalesFact::units)
                .sum();
    }

    /** A header of a dead letter, as text; fails when it is missing. */
    static String header(TestRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        this.driver.close();
    }
}
