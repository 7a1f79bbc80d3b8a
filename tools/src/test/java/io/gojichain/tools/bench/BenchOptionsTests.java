package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gojichain.tools.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTests {

    @Test
    void defaultsMeasureEveryStepAtTheIssuesLevels() throws UsageException {
        BenchOptions options = BenchOptions.parse(List.of("--home", "/srv/goji"));
        // every step but the queries, which top the state up to ten million events first
        assertThat(options.steps())
                .containsExactly(
                        BenchOptions.Step.KAFKA,
                        BenchOptions.Step.BATCH,
                        BenchOptions.Step.SINGLE,
                        BenchOptions.Step.REPLAY,
                        BenchOptions.Step.FRESHNESS);
        assertThat(options.queriesEvents()).isEqualTo(10_000_000L);
        assertThat(options.batchSize()).isEqualTo(1000);
        assertThat(options.batchConcurrency()).containsExactly(1, 2, 4);
        assertThat(options.singleConcurrency()).containsExactly(1, 16, 64);
        assertThat(options.freshnessRate()).isEqualTo(1000.0);
        assertThat(options.results()).isEqualTo(Path.of("/srv/goji/bench/results"));
        assertThat(options.salesUrl().toString()).isEqualTo("http://127.0.0.1:8083");
    }

    @Test
    void takesListsAndSizes() throws UsageException {
        BenchOptions options = BenchOptions.parse(List.of(
                "--steps",
                "single, replay",
                "--single-concurrency",
                "8,32",
                "--duration=20",
                "--replay-events",
                "3000000",
                "--insights-heap",
                "1g",
                "--replay-args",
                " --a=1   --b=2 ",
                "--freshness-poll-ms",
                "5"));
        assertThat(options.steps()).containsExactly(BenchOptions.Step.SINGLE, BenchOptions.Step.REPLAY);
        assertThat(options.singleConcurrency()).containsExactly(8, 32);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.replayEvents()).isEqualTo(3_000_000);
        assertThat(options.insightsHeap()).isEqualTo("1g");
        assertThat(options.replayArgs()).containsExactly("--a=1", "--b=2");
        assertThat(options.freshnessPoll()).isEqualTo(Duration.ofMillis(5));
    }

    @Test
    void explainsWhatItRefuses() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--steps", "kafka,warp")))
                .hasMessageContaining("not 'warp'");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--batch-size", "5000")))
                .hasMessageContaining("between 1 and 1000");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--batch-concurrency", "1,two")))
                .hasMessageContaining("comma-separated");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--insights-heap", "lots")))
                .hasMessageContaining("512m");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--sales-url", "localhost:8083")))
                .hasMessageContaining("http(s) URL");
    }

    @Test
    void helpWinsOverEverythingElse() throws UsageException {
        assertThat(BenchOptions.parse(List.of("--steps", "nonsense", "--help")).help())
                .isTrue();
    }
}
