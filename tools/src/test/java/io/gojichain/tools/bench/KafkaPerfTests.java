package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class KafkaPerfTests {

    @Test
    void readsTheProducersFinalLineNotItsProgressLines() {
        String output = String.join(
                "\n",
                "Reading payloads from: /tmp/sold-values.ndjson",
                "Number of messages read: 10000",
                "1250013 records sent, 250002.6 records/sec (119.21 MB/sec), 95.3 ms avg latency, 402.0 ms max"
                        + " latency.",
                "2000000 records sent, 251004.0 records/sec (119.69 MB/sec), 131.77 ms avg latency, 460.00 ms max"
                        + " latency, 120 ms 50th, 280 ms 95th, 380 ms 99th, 450 ms 99.9th.",
                "");
        KafkaPerf.ProducerResult result = KafkaPerf.parseProducer(output);
        assertThat(result)
                .isEqualTo(
                        new KafkaPerf.ProducerResult(2_000_000, 251_004.0, 119.69, 131.77, 460.0, 120, 280, 380, 450));
    }

    @Test
    void readsTheConsumersSummaryByColumnName() {
        String output = String.join(
                "\n",
                "WARN some log line",
                "start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec,"
                        + " rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec",
                "2026-11-28 16:45:55:135, 2026-11-28 16:45:57:496, 476.8372, 201.9640, 1000000, 423549.3435, 1694,"
                        + " 667, 714.9, 1499250.3748");
        KafkaPerf.ConsumerResult result = KafkaPerf.parseConsumer(output);
        assertThat(result)
                .isEqualTo(new KafkaPerf.ConsumerResult(
                        1_000_000, 476.8372, 423_549.3435, 201.9640, 1694, 667, 1_499_250.3748, 714.9));
    }

    @Test
    void saysWhatItGotWhenThereIsNoSummary() {
        assertThatIllegalStateException()
                .isThrownBy(() -> KafkaPerf.parseProducer("Exception in thread main: boom"))
                .withMessageContaining("boom");
        assertThatIllegalStateException()
                .isThrownBy(() -> KafkaPerf.parseConsumer("WARNING: timed out"))
                .withMessageContaining("timed out");
    }
}
