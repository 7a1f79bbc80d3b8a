package io.gojichain.tools.bench;

import io.gojichain.contracts.GojiJson;
import io.gojichain.contracts.ProductForm;
import io.gojichain.contracts.Sold;
import io.gojichain.contracts.Topics;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;

/**
 * The naive design the engine must beat (issue 9): a straightforward Kafka Streams DSL app on the
 * same {@code goji.sold.v1} records, with the engine's exactly-once setting and the default record
 * cache: parse, re-key by day and product form (a repartition), {@code aggregate} BigDecimal sums of
 * feKg and revenue. No dedup, no other facts. Run in the bench's own JVM, after the replay, so
 * that the two never share the machine.
 */
final class DslReference {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The default factors of docs/CONTRACT.md. */
    private static final Map<ProductForm, BigDecimal> FACTORS = Map.of(
            ProductForm.FRESH, new BigDecimal("1.0"),
            ProductForm.DRIED, new BigDecimal("4.5"),
            ProductForm.NFC_JUICE, new BigDecimal("1.3"),
            ProductForm.PULP, new BigDecimal("1.15"));

    /** Counting stops when nothing more arrived for this long: the topic is drained (a rebalance or the repartition topic's creation pauses it for seconds). */
    private static final Duration IDLE = Duration.ofSeconds(20);

    private static final long POLL_MILLIS = 100;

    private DslReference() {}

    record Result(String applicationId, long records, double seconds, long eventsPerSec) {}

    static Result run(String bootstrapServers, String applicationId, Path stateDir, long limit, Duration timeout)
            throws InterruptedException {
        AtomicLong counted = new AtomicLong();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.SOLD, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                // Records that do not parse, or whose numbers no sale has, are skipped: the topics may
                // hold the originals of dead letters (a pack size of 1E+999999999 would take this
                // JVM's memory to print), and the reference is there to be timed, not to be poisoned.
                .flatMapValues(bytes -> {
                    try {
                        Sold sale = GojiJson.mapper().readValue(bytes, Sold.class);
                        return plausible(sale) ? java.util.List.of(sale) : java.util.List.<Sold>of();
                    } catch (RuntimeException ex) {
                        return java.util.List.<Sold>of();
                    }
                })
                .selectKey((key, sale) -> LocalDate.ofInstant(sale.eventTime(), ZONE) + "|" + sale.productForm())
                .mapValues(sale -> {
                    BigDecimal quantity = BigDecimal.valueOf(sale.quantity());
                    BigDecimal feKg = sale.packSize().multiply(quantity).multiply(FACTORS.get(sale.productForm()));
                    return feKg.toPlainString() + "|"
                            + sale.unitPrice().multiply(quantity).toPlainString();
                })
                .groupByKey(Grouped.with(Serdes.String(), Serdes.String()))
                .aggregate(
                        () -> "0|0",
                        (key, sale, sums) -> {
                            counted.incrementAndGet();
                            return add(sums, sale);
                        },
                        Materialized.with(Serdes.String(), Serdes.String()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put("consumer.auto.offset.reset", "earliest");
        long started = System.nanoTime();
        KafkaStreams streams = new KafkaStreams(builder.build(), config);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        streams.setUncaughtExceptionHandler(exception -> {
            failure.set(exception);
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .SHUTDOWN_CLIENT;
        });
        try {
            streams.start();
            long firstAt = 0;
            long firstCount = 0;
            long lastAt = 0;
            long last = 0;
            while (true) {
                Thread.sleep(POLL_MILLIS);
                long now = System.nanoTime();
                long count = counted.get();
                if (count > 0 && firstAt == 0) {
                    firstAt = now;
                    firstCount = count;
                }
                if (count != last) {
                    last = count;
                    lastAt = now;
                }
                boolean idle = firstAt != 0 && now - lastAt > IDLE.toNanos();
                if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                    Throwable cause = failure.get();
                    throw new IllegalStateException(
                            "the DSL reference stopped (" + streams.state() + ") after " + count + " records: "
                                    + (cause == null ? "no exception" : rootCause(cause)),
                            cause);
                }
                if (count >= limit || idle || now - started > timeout.toNanos()) {
                    double seconds = Math.max(1e-3, (lastAt - firstAt) / 1e9);
                    return new Result(applicationId, count, seconds, Math.round((last - firstCount) / seconds));
                }
            }
        } finally {
            streams.close(Duration.ofSeconds(30));
        }
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }

    private static boolean plausible(Sold sale) {
        return sale.eventTime() != null
                && sale.eventTime().getEpochSecond() > 0
                && sale.eventTime().getEpochSecond() < 253_402_300_799L
                && sale.productForm() != null
                && small(sale.packSize())
                && small(sale.unitPrice());
    }

    private static boolean small(BigDecimal value) {
        return value != null && value.scale() >= 0 && value.scale() <= 9 && value.precision() - value.scale() <= 15;
    }

    private static String add(String sums, String sale) {
        int a = sums.indexOf('|');
        int b = sale.indexOf('|');
        BigDecimal feKg = new BigDecimal(sums.substring(0, a)).add(new BigDecimal(sale.substring(0, b)));
        BigDecimal revenue = new BigDecimal(sums.substring(a + 1)).add(new BigDecimal(sale.substring(b + 1)));
        return feKg.toPlainString() + "|" + revenue.toPlainString();
    }
}
