package io.gojichain.insights.engine;

import static io.gojichain.insights.engine.TestEvents.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.Sold;
import io.gojichain.contracts.Topics;
import io.gojichain.insights.facts.SalesFact;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records written straight to a topic, past every ingest rule, that once stopped counting for
 * everyone (issue 9): each lands in the dead-letter topic with its reason and in the meter, and the
 * valid sale after it is counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonRecordTopologyTests {

    private static final String NINES_996 = "9".repeat(996);

    private InsightsDriver insights;

    private int sequence;

    @BeforeAll
    void start(@TempDir Path stateDir) {
        this.insights = new InsightsDriver(stateDir);
    }

    @AfterAll
    void stop() {
        this.insights.close();
    }

    @BeforeEach
    void drainDeadLetters() {
        this.insights.deadLetters.readRecordsToList();
    }

    static Stream<Arguments> poison() {
        return Stream.of(
                poison(
                        "the sale of issue 9: 100000 packs at 996 nines",
                        "contract: unitPrice",
                        Topics.SOLD,
                        sale().build(),
                        json -> {
                            json.put("quantity", 100000);
                            json.put("unitPrice", NINES_996 + ".99");
                        }),
                poison(
                        "a price of 1,001 characters",
                        "contract: not a sold event: Number value length (1001)",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("unitPrice", "9".repeat(998) + ".99")),
                poison(
                        "recordTime in year 300000000",
                        "contract: recordTime",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("recordTime", "+300000000-01-01T00:00:00Z")),
                poison("eventTime in year 300000000", "contract: eventTime", Topics.SOLD, sale().build(), json -> {
                    json.put("eventTime", "+300000000-01-01T00:00:00Z");
                }),
                poison(
                        "a pack size of 300 digits",
                        "contract: packSize",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("packSize", new BigDecimal("9".repeat(300)))),
                poison(
                        "a pack size of 1E+999999999",
                        "contract: packSize",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("packSize", "RAW:1E+999999999")),
                poison(
                        "a pack size of 1E-999999999",
                        "contract: packSize",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("packSize", "RAW:1E-999999999")),
                poison(
                        "a quantity beyond any order",
                        "contract: quantity",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("quantity", Integer.MAX_VALUE)),
                poison(
                        "an SKU of 10,000 characters",
                        "contract: a text field",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("sku", "S".repeat(10_000))),
                poison(
                        "a harvest of 500 digits",
                        "contract: quantityKg",
                        Topics.HARVESTED,
                        harvest(),
                        json -> json.put("quantityKg", new BigDecimal("9".repeat(500)))),
                poison(
                        "a province of 1,000 characters",
                        "contract: a text field",
                        Topics.HARVESTED,
                        harvest(),
                        json -> ((ObjectNode) json.get("region")).put("province", "P".repeat(1000))),
                poison(
                        "a drying of 400-digit output",
                        "contract: outputKg",
                        Topics.DRIED,
                        dried(),
                        json -> json.put("outputKg", new BigDecimal("9".repeat(400)))),
                poison(
                        "a drying input of 400 digits",
                        "contract: inputs[0].quantityKg",
                        Topics.DRIED,
                        dried(),
                        json -> ((ObjectNode) json.get("inputs").get(0))
                                .put("quantityKg", new BigDecimal("9".repeat(400)))),
                poison("a juicing of 5,000 inputs", "contract: inputs hold more", Topics.JUICED, juiced(), json -> {
                    ArrayNode inputs = (ArrayNode) json.get("inputs");
                    for (int i = 0; i < 5000; i++) {
                        inputs.add(inputs.get(0).deepCopy());
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void aPoisonRecordIsDeadLetteredMeteredAndTheNextSaleIsCounted(
            String name, String reason, String topic, byte[] value) {
        String tag = reason.substring(0, reason.indexOf(':'));
        double before = this.insights.deadLettered(topic, tag);
        String sku = "AFTER-POISON-" + (this.sequence++);
        this.insights.sendRaw(topic, "KEY-P", value);
        this.insights.send(sale().sku(sku).quantity(3).build());

        TestRecord<byte[], byte[]> dead = this.insights.deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(value);
        assertThat(InsightsDriver.header(dead, "goji.dlq.reason")).startsWith(reason);
        assertThat(InsightsDriver.header(dead, "goji.dlq.topic")).isEqualTo(topic);
        assertThat(this.insights.deadLetters.isEmpty()).isTrue();
        assertThat(this.insights.deadLettered(topic, tag)).isEqualTo(before + 1);
        assertThat(this.insights.unitsOfSku(sku)).isEqualTo(3L);
    }

    @Test
    void theLargestSalesTheEngineAdmitsSumWithoutLimit() {
        // 999999999999999.99 x 1,000,000 packs, a thousand times: every sum stays readable
        String price = "9".repeat(15) + ".99";
        for (int i = 0; i < 1000; i++) {
            this.insights.send(
                    sale().sku("HUGE").quantity(1_000_000).price(price).build());
        }
        assertThat(this.insights.deadLetters.isEmpty()).isTrue();
        BigDecimal revenue = this.insights.<SalesFact>store(StoreNames.SOLD_FACTS).values().stream()
                .filter(fact -> fact.sku().equals("HUGE"))
                .map(SalesFact::revenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(revenue).isEqualByComparingTo(new BigDecimal(price).multiply(BigDecimal.valueOf(1_000_000_000L)));
    }

    /** A failure the reader could not foresee: the record is dead-lettered, leaves no trace, the stream goes on. */
    @Test
    void aRecordThatFailsWhileCountedIsDeadLetteredWithoutATraceAndTheNextIsCounted(@TempDir Path stateDir) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TopologySettings settings = new TopologySettings(
                InsightsDriver.ZONE, Duration.ofDays(7), Duration.ofMinutes(10), new EngineMetrics(registry));
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.SOLD, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .process(EventCounter.supplier(Sold.class, FailsOnSku::new, Topics.SOLD, settings))
                .to(Topics.INSIGHTS_DEAD_LETTER, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "poison-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
            TestInputTopic<byte[], byte[]> sold =
                    driver.createInputTopic(Topics.SOLD, new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> dead = driver.createOutputTopic(
                    Topics.INSIGHTS_DEAD_LETTER, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            Sold poison = sale().sku(FailsOnSku.POISON).build();
            byte[] poisonBytes = GojiJson.mapper().writeValueAsBytes(poison);
            sold.pipeInput(InsightsDriver.bytes("ORD-1"), poisonBytes);
            sold.pipeInput(
                    InsightsDriver.bytes("ORD-2"),
                    GojiJson.mapper()
                            .writeValueAsBytes(sale().sku("GOOD").quantity(5).build()));
            // the same poison again: still dead-lettered, its id was never remembered as counted
            sold.pipeInput(InsightsDriver.bytes("ORD-1"), poisonBytes);

            TestRecord<byte[], byte[]> first = dead.readRecord();
            assertThat(first.value()).isEqualTo(poisonBytes);
            assertThat(InsightsDriver.header(first, "goji.dlq.reason"))
                    .isEqualTo("processing: java.lang.ArithmeticException: boom");
            assertThat(InsightsDriver.header(dead.readRecord(), "goji.dlq.reason"))
                    .startsWith("processing: ");
            assertThat(dead.isEmpty()).isTrue();
            assertThat(registry.get("goji.insights.dead.lettered")
                            .tags("topic", Topics.SOLD, "reason", "processing")
                            .counter()
                            .count())
                    .isEqualTo(2.0);
            KeyValueStore<String, Long> counted = driver.getKeyValueStore("poison-test-counts");
            assertThat(counted.get("GOOD")).isEqualTo(5L);
            // the staged write of the failing record never reached the store
            assertThat(counted.get(FailsOnSku.POISON)).isNull();
            assertThat(registry.get("goji.insights.events.processed")
                            .tags("type", "sold")
                            .counter()
                            .count())
                    .isEqualTo(1.0);
        }
    }

    /** Counts units per SKU, and fails after staging its write for one SKU. */
    private static final class FailsOnSku extends FactCounter<Sold> {

        static final String POISON = "POISON";

        private KeyValueStore<String, Long> counts;

        FailsOnSku() {
            super(EventType.SOLD);
        }

        @Override
        Set<StoreBuilder<?>> stores() {
            return Set.of(org.apache.kafka.streams.state.Stores.keyValueStoreBuilder(
                    org.apache.kafka.streams.state.Stores.inMemoryKeyValueStore("poison-test-counts"),
                    Serdes.String(),
                    Serdes.Long()));
        }

        @Override
        void open(ProcessorContext<?, ?> context) {
            this.counts = context.getStateStore("poison-test-counts");
        }

        @Override
        void count(Sold event, LocalDate day, StagedWrites writes) {
            writes.add(this.counts, event.sku(), (long) event.quantity(), Long::sum);
            if (event.sku().equals(POISON)) {
                throw new ArithmeticException("boom");
            }
        }
    }

    private static Arguments poison(
            String name, String reason, String topic, GojiEvent event, Consumer<ObjectNode> change) {
        ObjectNode json = GojiJson.mapper().valueToTree(event);
        change.accept(json);
        // "RAW:<text>" stands for a JSON number no BigDecimal writer would print (an exponent bomb)
        String text = GojiJson.mapper().writeValueAsString(json).replaceAll("\"RAW:([^\"]*)\"", "$1");
        return Arguments.of(name, reason, topic, text.getBytes(StandardCharsets.UTF_8));
    }

    private static GojiEvent harvest() {
        return TestEvents.harvest("2026-09-01T01:00:00Z", "Jinghe", Grade.GRADE_A, "10");
    }

    private static GojiEvent dried() {
        return TestEvents.dried("2026-09-01T04:00:00Z", "B-P", DryingMethod.SUN, "10", "45");
    }

    private static GojiEvent juiced() {
        return TestEvents.juiced("2026-09-01T04:00:00Z", "B-J", io.gojichain.contracts.JuiceProduct.PULP, "10", "12");
    }
}
