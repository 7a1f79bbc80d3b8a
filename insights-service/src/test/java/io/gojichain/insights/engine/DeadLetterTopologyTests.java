package io.gojichain.insights.engine;

import static io.gojichain.insights.engine.TestEvents.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Channel;
import io.gojichain.contracts.DryingMethod;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.Grade;
import io.gojichain.contracts.PackUnit;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Records some other producer wrote: unreadable ones and ones breaking the contract go, untouched,
 * to the dead-letter topic with the reason in headers; the stream goes on. One driver serves the
 * whole class (its RocksDB stores take a while to open on a busy machine), so each test checks
 * what its own records changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterTopologyTests {

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

    @Test
    void aRecordThatIsNotJsonGoesToTheDeadLetterTopicAsItWasAndTheStreamGoesOn() {
        byte[] poison = "{\"eventId\": oops".getBytes(StandardCharsets.UTF_8);
        Headers headers = new RecordHeaders().add("ce_id", InsightsDriver.bytes("abc"));
        double before = this.insights.deadLettered(Topics.SOLD, "unreadable");
        this.insights.sendRaw(Topics.SOLD, "ORD-POISON", poison, headers);
        this.insights.send(sale().sku("AFTER-POISON").quantity(2).build());

        TestRecord<byte[], byte[]> dead = this.insights.deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo(InsightsDriver.bytes("ORD-POISON"));
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(InsightsDriver.header(dead, "goji.dlq.reason")).startsWith("unreadable: not JSON");
        assertThat(InsightsDriver.header(dead, "goji.dlq.topic")).isEqualTo(Topics.SOLD);
        assertThat(InsightsDriver.header(dead, "goji.dlq.partition")).isEqualTo("0");
        assertThat(InsightsDriver.header(dead, "goji.dlq.offset")).containsOnlyDigits();
        // the original headers travel along
        assertThat(InsightsDriver.header(dead, "ce_id")).isEqualTo("abc");
        assertThat(this.insights.deadLetters.isEmpty()).isTrue();

        assertThat(this.insights.unitsOfSku("AFTER-POISON")).isEqualTo(2L);
        assertThat(this.insights.deadLettered(Topics.SOLD, "unreadable")).isEqualTo(before + 1);
    }

    @Test
    void emptyAndNullValuesAreUnreadable() {
        double before = this.insights.deadLettered(Topics.HARVESTED, "unreadable");
        this.insights.sendRaw(Topics.HARVESTED, "LOT-1", new byte[0]);
        this.insights.sendRaw(Topics.HARVESTED, "LOT-2", null);

        TestRecord<byte[], byte[]> empty = this.insights.deadLetters.readRecord();
        TestRecord<byte[], byte[]> tombstone = this.insights.deadLetters.readRecord();
        assertThat(InsightsDriver.header(empty, "goji.dlq.reason")).isEqualTo("unreadable: empty value");
        assertThat(empty.value()).isEmpty();
        assertThat(Long.parseLong(InsightsDriver.header(tombstone, "goji.dlq.offset")))
                .isEqualTo(Long.parseLong(InsightsDriver.header(empty, "goji.dlq.offset")) + 1);
        assertThat(tombstone.value()).isNull();
        assertThat(this.insights.deadLettered(Topics.HARVESTED, "unreadable")).isEqualTo(before + 2);
    }

    static Stream<Arguments> contractBreaches() {
        return Stream.of(
                breach(
                        "livestream sale without livestreamId",
                        Topics.SOLD,
                        sale().channel(Channel.LIVESTREAM).build(),
                        json -> {}),
                breach(
                        "online sale with a livestreamId",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("livestreamId", "LS-9")),
                breach(
                        "dried berries in litres",
                        Topics.SOLD,
                        sale().packUnit(PackUnit.L).build(),
                        json -> {}),
                breach(
                        "price with three decimals",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("unitPrice", "29.901")),
                breach("negative price", Topics.SOLD, sale().build(), json -> json.put("unitPrice", "-1.00")),
                breach("zero quantity", Topics.SOLD, sale().build(), json -> json.put("quantity", 0)),
                breach("zero pack size", Topics.SOLD, sale().build(), json -> json.put("packSize", 0)),
                breach(
                        "unknown product form",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("productForm", "capsules")),
                breach("fractional quantity", Topics.SOLD, sale().build(), json -> json.put("quantity", 1.5)),
                breach("lower-case currency", Topics.SOLD, sale().build(), json -> json.put("currency", "cny")),
                breach("no buyer region", Topics.SOLD, sale().build(), json -> json.remove("buyerRegion")),
                breach("a harvest on the sales topic", Topics.SOLD, harvest(), json -> {}),
                breach("no eventId", Topics.SOLD, sale().build(), json -> json.remove("eventId")),
                breach("no eventTime", Topics.SOLD, sale().build(), json -> json.remove("eventTime")),
                breach(
                        "eventTime before 2000",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("eventTime", "1999-12-31T23:59:59Z")),
                breach(
                        "eventTime two days after recordTime",
                        Topics.SOLD,
                        sale().build(),
                        json -> json.put("eventTime", "2026-09-04T00:00:00Z")),
                breach("schemaVersion 2", Topics.SOLD, sale().build(), json -> json.put("schemaVersion", 2)),
                breach("a JSON array", Topics.SOLD, sale().build(), json -> json.removeAll()),
                breach("harvest of zero kg", Topics.HARVESTED, harvest(), json -> json.put("quantityKg", 0)),
                breach(
                        "harvest without county",
                        Topics.HARVESTED,
                        harvest(),
                        json -> ((ObjectNode) json.get("region")).remove("county")),
                breach(
                        "drying without inputs",
                        Topics.DRIED,
                        TestEvents.dried("2026-07-09T04:00:00Z", "B-1", DryingMethod.SUN, "10"),
                        json -> {}),
                breach(
                        "drying without output",
                        Topics.DRIED,
                        TestEvents.dried("2026-07-09T04:00:00Z", "B-1", DryingMethod.SUN, "10", "45"),
                        json -> json.remove("outputKg")),
                breach(
                        "juicing with an input of no kg",
                        Topics.JUICED,
                        TestEvents.juiced(
                                "2026-07-09T04:00:00Z", "B-2", io.gojichain.contracts.JuiceProduct.PULP, "10", "0"),
                        json -> {}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractBreaches")
    void aRecordBreakingTheContractGoesToTheDeadLetterTopicAndIsNotCounted(String name, String topic, byte[] value) {
        double before = this.insights.deadLettered(topic, "contract");
        double counted = this.insights.counter("goji.insights.events.processed", "type", "sold");
        String sku = "AFTER-" + (this.sequence++);
        this.insights.sendRaw(topic, "KEY-1", value);
        this.insights.send(sale().sku(sku).quantity(7).build());

        TestRecord<byte[], byte[]> dead = this.insights.deadLetters.readRecord();
        assertThat(dead.value()).isEqualTo(value);
        assertThat(InsightsDriver.header(dead, "goji.dlq.reason")).startsWith("contract: ");
        assertThat(InsightsDriver.header(dead, "goji.dlq.topic")).isEqualTo(topic);
        assertThat(this.insights.deadLetters.isEmpty()).isTrue();
        assertThat(this.insights.deadLettered(topic, "contract")).isEqualTo(before + 1);
        // only the valid sale after it was counted
        assertThat(this.insights.unitsOfSku(sku)).isEqualTo(7L);
        assertThat(this.insights.counter("goji.insights.events.processed", "type", "sold"))
                .isEqualTo(counted + 1);
    }

    private static Arguments breach(String name, String topic, GojiEvent event, Consumer<ObjectNode> change) {
        ObjectNode json = GojiJson.mapper().valueToTree(event);
        change.accept(json);
        byte[] value =
                json.isEmpty() ? InsightsDriver.bytes("[]") : GojiJson.mapper().writeValueAsBytes(json);
        return Arguments.of(name, topic, value);
    }

    private static GojiEvent harvest() {
        return TestEvents.harvest("2026-09-01T01:00:00Z", "Jinghe", Grade.GRADE_A, "10");
    }

    @Test
    void aRecordOfAnotherFormWithTheRightUnitIsNotADeadLetter() {
        this.insights.send(
                sale().form(ProductForm.PULP).sku("PULP-1L").packSize("1").build());
        assertThat(this.insights.deadLetters.isEmpty()).isTrue();
        assertThat(this.insights.unitsOfSku("PULP-1L")).isEqualTo(1L);
    }
}
