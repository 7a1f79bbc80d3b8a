package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTests {

    private static final CpuMeter.Usage CPU = new CpuMeter.Usage(Map.of("sales-service", 0.9), 1.9, 0.1);

    private static final BenchResults.KafkaResult KAFKA = new BenchResults.KafkaResult(
            "scratch",
            6,
            480,
            new KafkaPerf.ProducerResult(1_000_000, 200_000, 91.6, 50, 300, 40, 90, 120, 200),
            new KafkaPerf.ConsumerResult(1_000_000, 458, 300_000, 137, 3000, 1250, 800_000, 366),
            CPU,
            CPU);

    @Test
    void holdsEachNumberAgainstItsTarget() {
        List<BenchResults.IngestLevel> batch =
                List.of(level(1, 1000, 60_000, 60, 900), level(4, 1000, 100_000, 100, 1500));
        List<BenchResults.IngestLevel> single = List.of(level(1, 1, 800, 800, 1.2), level(64, 1, 5200, 5200, 24.9));
        // 390,000 / 800,000 = 0.4875: just under half the consumer's fetch rate
        BenchResults.ReplayResult replay = new BenchResults.ReplayResult(
                "app", 2_000_000, 2_500_000, 0, List.of(), 14, 5.1, 390_000, 420, CPU, 60_000, 1_000_000);
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("kafka", 700L);
        rss.put("sales-service", 301L);
        rss.put("harvest-service", 250L);
        rss.put("insights-service", 600L);
        rss.put("bench", 900L);
        List<BenchResults.FreshnessProbe> probes = List.of(
                new BenchResults.FreshnessProbe(
                        "/api/v1/insights/summary",
                        120,
                        0,
                        new Latency(120, 40, 35, 900, 990, 990),
                        new Latency(3000, 3, 2, 9, 15, 20)),
                new BenchResults.FreshnessProbe(
                        "/api/v1/insights/demand (markers' days)",
                        300,
                        0,
                        new Latency(300, 20, 15, 1500, 1600, 1600),
                        new Latency(9000, 1, 1, 2, 3, 4)));
        BenchResults.FreshnessResult freshness =
                new BenchResults.FreshnessResult(1000, 998, 32, 45_000, 0, 12, 10, probes, rss, CPU);

        List<ResultTable.Row> rows =
                Report.table(KAFKA, batch, single, replay, freshness).rows();

        assertThat(rows)
                .extracting(ResultTable.Row::result, ResultTable.Row::ratio, ResultTable.Row::verdict)
                .containsExactly(
                        tuple("200,000 rec/s (92 MB/s)", "1.00x", ""),
                        tuple("800,000 rec/s (366 MB/s)", "1.00x", ""),
                        // 60,000 / 200,000 and 100,000 / 200,000
                        tuple("60,000 events/s", "0.30x", "missed"),
                        tuple("100,000 events/s", "0.50x", "met"),
                        // only 64 clients carry the single-event target
                        tuple("800 req/s", "0.00x", ""),
                        tuple("5,200 req/s", "0.03x", "met"),
                        // 0.15x consumer-perf is issue 9's target
                        tuple("390,000 events/s", "0.49x", "met"),
                        // the DSL reference: 390,000 / 60,000 = 6.5x it
                        tuple("60,000 events/s", "0.08x", "met"),
                        tuple("35 / 900 ms", "", "met"),
                        // the second probe explains the first: no target of its own
                        tuple("15 / 1,500 ms", "", ""),
                        tuple("700 MiB", "", ""),
                        tuple("301 MiB", "", "missed"),
                        tuple("250 MiB", "", "met"),
                        // the load generator's own memory is left out of the table
                        tuple("600 MiB", "", "met"));
    }

    @Test
    void aSlowP99MissesTheSingleEventTargetWhateverTheRate() {
        List<ResultTable.Row> rows = Report.table(KAFKA, List.of(), List.of(level(64, 1, 9000, 9000, 25.1)), null, null)
                .rows();
        assertThat(rows.get(2).verdict()).isEqualTo("missed");
        assertThat(rows.get(2).target()).isEqualTo(">= 5,000 req/s, p99 <= 25 ms");
    }

    @Test
    void withoutKafkaFiguresThereIsNoRatioAndNoVerdictOnRatios() {
        List<ResultTable.Row> rows = Report.table(null, List.of(level(2, 1000, 50_000, 50, 700)), List.of(), null, null)
                .rows();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.ratio()).isEqualTo("-");
            assertThat(row.verdict()).isEmpty();
        });
    }

    @Test
    void cpuListsBusyProcessesThenOtherAndTheMachine() {
        Map<String, Double> cores = new LinkedHashMap<>();
        cores.put("sales-service", 0.95);
        cores.put("harvest-service", 0.0);
        cores.put("kafka", 0.4);
        assertThat(Report.cpu(new CpuMeter.Usage(cores, 1.98, 0.63)))
                .isEqualTo("sales-service 0.95, kafka 0.40, other 0.63 (machine 1.98)");
    }

    private static BenchResults.IngestLevel level(
            int clients, int perRequest, double eventsPerSec, double requestsPerSec, double p99) {
        return new BenchResults.IngestLevel(
                clients,
                perRequest,
                Math.round(requestsPerSec * 15),
                0,
                15,
                requestsPerSec,
                eventsPerSec,
                new Latency(100, p99 / 2, p99 / 2, p99, p99, p99),
                null,
                CPU);
    }
}
