package io.gojichain.boot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class PrometheusNamingTests {

    private final PrometheusNaming naming = new PrometheusNaming();

    @Test
    void abbreviatedUnitsInNamesAreSpelledAsWordsPromtoolAccepts() {
        Meter.Id id = naming.map(id("kafka.producer.io.time.ns.total", Meter.Type.COUNTER, null, "IO time"));

        assertThat(id.getName()).isEqualTo("kafka.producer.io.time.nanos.total");
        assertThat(id.getTags()).containsExactlyElementsOf(Tags.of("client.id", "p-1"));
        assertThat(id.getDescription()).isEqualTo("IO time");
    }

    @Test
    void anAbbreviatedBaseUnitIsSpelledOut() {
        Meter.Id id = naming.map(id("jvm.compilation.time", Meter.Type.COUNTER, "ms", "JIT time"));

        assertThat(id.getName()).isEqualTo("jvm.compilation.time");
        assertThat(id.getBaseUnit()).isEqualTo("millis");
    }

    @Test
    void gaugesLoseTheCountSuffixThatPrometheusReservesForHistograms() {
        assertThat(naming.map(id("kafka.producer.connection.count", Meter.Type.GAUGE, null, "d"))
                        .getName())
                .isEqualTo("kafka.producer.connections");
        assertThat(naming.map(id("system.cpu.count", Meter.Type.GAUGE, null, "d"))
                        .getName())
                .isEqualTo("system.cpu.processors");
        assertThat(naming.map(id("kafka.stream.task.active.buffer.count", Meter.Type.GAUGE, null, "d"))
                        .getName())
                .isEqualTo("kafka.stream.task.active.buffered.records");
        assertThat(naming.map(id("goji.things.count", Meter.Type.COUNTER, null, "d"))
                        .getName())
                .as("a counter named *.count is exposed as *_count_total, which promtool accepts")
                .isEqualTo("goji.things.count");
    }

    @Test
    void anIdWithoutDescriptionGetsOne() {
        assertThat(naming.map(id("http.server.requests", Meter.Type.TIMER, null, null))
                        .getDescription())
                .isEqualTo("Duration of HTTP server requests");
        assertThat(naming.map(id("kafka.producer.node.request.latency.avg", Meter.Type.GAUGE, null, ""))
                        .getDescription())
                .isEqualTo("Kafka producer node request latency avg");
    }

    @Test
    void aCleanIdIsLeftAlone() {
        Meter.Id clean = id("goji.ingest.accepted", Meter.Type.COUNTER, null, "Accepted");

        assertThat(naming.map(clean)).isSameAs(clean);
    }

    @Test
    void theRegistryPrintsTheNewNamesWithHelpText() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(this.naming);
        FunctionCounter.builder("process.cpu.time", this, any -> 5)
                .baseUnit("ns")
                .description("CPU time")
                .register(registry);
        Gauge.builder("kafka.producer.connection.count", () -> 2).register(registry);
        Timer.builder("http.server.requests").register(registry).record(java.time.Duration.ofMillis(3));
        Counter.builder("kafka.producer.flush.time.ns.total").register(registry).increment();

        String scrape = registry.scrape();

        assertThat(scrape)
                .contains("process_cpu_time_nanos_total 5.0")
                .contains("# HELP kafka_producer_connections Kafka producer connections")
                .contains("# HELP http_server_requests_seconds Duration of HTTP server requests")
                .contains("kafka_producer_flush_time_nanos_total 1.0")
                .doesNotContain("_ns_")
                .doesNotContain("connection_count");
    }

    private static Meter.Id id(String name, Meter.Type type, String baseUnit, String description) {
        return new Meter.Id(name, Tags.of("client.id", "p-1"), baseUnit, description, type);
    }
}
