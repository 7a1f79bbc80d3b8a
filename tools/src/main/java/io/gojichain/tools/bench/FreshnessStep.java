package io.gojichain.tools.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Steps 5 and 6: a steady open-loop load of single events, and through it one marker at a time: a
 * sale in {@link SoldPayloads#MARKER_CURRENCY} at 1.00, so that revenue in that currency says
 * exactly how many markers insights has counted. Freshness is the time from a marker's 202 to the
 * first answer that shows it, first through {@code /summary} (the definition), then through
 * a one-day {@code /demand} query, whose cost does not grow with what has been counted: the two
 * together separate the pipeline's delay from the cost of the query. Meanwhile every process's
 * resident memory is sampled.
 */
final class FreshnessStep {

    /** A marker not seen after this long counts as timed out. */
    static final long MARKER_TIMEOUT_NANOS = 30_000_000_000L;

    /** The insights calendar (docs/CONTRACT.md: buckets in Asia/Shanghai by default). */
    static final ZoneId INSIGHTS_ZONE = ZoneId.of("Asia/Shanghai");

    /** What a marker is observed through. */
    enum Probe {
        SUMMARY("/api/v1/insights/summary"),
        DEMAND("/api/v1/insights/demand (markers' days)");

        final String endpoint;

        Probe(String endpoint) {
            this.endpoint = endpoint;
        }
    }

    private FreshnessStep() {}

    static BenchResults.FreshnessResult run(BenchRun run) throws Exception {
        BenchOptions options = run.options;
        run.say(
                "[5/5] Freshness at %,.0f events/s (open loop, single POSTs over %d connections): 202 -> visible;"
                        + " %d s warm-up, then %d s of markers through /summary and %d s through /demand; RSS"
                        + " of every process meanwhile",
                options.freshnessRate(),
                options.freshnessConnections(),
                options.warmup().toSeconds(),
                options.freshnessDuration().toSeconds(),
                options.freshnessDuration().toSeconds());
        run.drain("freshness")
                .orElseThrow(() -> new IllegalStateException(
                        "insights-service at " + options.insightsUrl() + " does not answer its summary"));

        Background background = new Background(run, options.freshnessRate(), options.freshnessConnections());
        MemorySampler memory = new MemorySampler(run.pids);
        Thread sampler = new Thread(memory, "bench-rss");
        sampler.setDaemon(true);
        background.start();
        List<BenchResults.FreshnessProbe> probes = new ArrayList<>();
        CpuMeter.Usage usage;
        long windowStart;
        long sentAtStart;
        try {
            Thread.sleep(options.warmup().toMillis());
            sampler.start();
            CpuMeter meter = CpuMeter.start(run.pids);
            windowStart = System.nanoTime();
            sentAtStart = background.sent();
            for (Probe probe : Probe.values()) {
                probes.add(markers(run, probe));
            }
            usage = meter.stop();
        } finally {
            background.stop();
            memory.stop();
            sampler.join(5_000);
        }
        double windowSeconds = (System.nanoTime() - windowStart) / 1e9;
        double achieved = (background.sent() - sentAtStart) / Math.max(1e-3, windowSeconds);
        Map<String, Long> rss = memory.peakMiB();
        run.say(
                "      background %,.0f events/s achieved of %,.0f (%d errors, up to %.0f ms behind schedule)",
                achieved, options.freshnessRate(), background.errors(), background.maxLagMillis());
        run.say("      peak RSS (MiB): %s", rss);
        return new BenchResults.FreshnessResult(
                options.freshnessRate(),
                Math.round(achieved * 10) / 10.0,
                options.freshnessConnections(),
                background.sent(),
                background.errors(),
                Math.round(background.maxLagMillis()),
                options.freshnessPoll().toMillis(),
                probes,
                rss,
                usage);
    }

    private static BenchResults.FreshnessProbe markers(BenchRun run, Probe probe) throws Exception {
        Histogram freshness = Latency.newHistogram();
        Histogram requests = Latency.newHistogram();
        long markers = 0;
        long timedOut = 0;
        long pollNanos = run.options.freshnessPoll().toNanos();
        BigDecimal expected =
                read(run, probe).orElseThrow(() -> new IllegalStateException(probe.endpoint + " does not answer"));
        long start = System.nanoTime();
        while (System.nanoTime() - start < run.options.freshnessDuration().toNanos()) {
            int status = run.api.postSingle(run.payloads.marker(Instant.now()));
            long accepted = System.nanoTime();
            if (status != 202) {
                run.note("a freshness marker was answered " + status);
                Thread.sleep(100);
                continue;
            }
            run.acceptedSold.increment();
            markers++;
            expected = expected.add(SoldPayloads.MARKER_PRICE);
            boolean seen = false;
            while (System.nanoTime() - accepted < MARKER_TIMEOUT_NANOS) {
                long asked = System.nanoTime();
                Optional<BigDecimal> counted = read(run, probe);
                long answered = System.nanoTime();
                requests.recordValue(Math.max(1, (answered - asked) / 1000));
                if (counted.isPresent() && counted.get().compareTo(expected) >= 0) {
                    freshness.recordValue(Math.max(1, (answered - accepted) / 1000));
                    seen = true;
                    break;
                }
                LockSupport.parkNanos(pollNanos);
            }
            if (!seen) {
                timedOut++;
            }
            // a random gap, so that markers do not fall into step with the service's commit interval
            Thread.sleep(ThreadLocalRandom.current().nextInt(100));
        }
        Latency latency = Latency.of(freshness);
        Latency request = Latency.of(requests);
        run.say(
                "      via %s: %d markers, p50 %s ms, p99 %s ms, max %s ms%s; one GET took p50 %s ms",
                probe.endpoint,
                markers,
                Targets.ms(latency.p50Ms()),
                Targets.ms(latency.p99Ms()),
                Targets.ms(latency.maxMs()),
                timedOut > 0 ? ", " + timedOut + " timed out" : "",
                Targets.ms(request.p50Ms()));
        return new BenchResults.FreshnessProbe(probe.endpoint, markers, timedOut, latency, request);
    }

    /** Marker revenue as the probe sees it. */
    private static Optional<BigDecimal> read(BenchRun run, Probe probe) throws InterruptedException {
        if (probe == Probe.SUMMARY) {
            return run.api.summary().map(s -> s.revenue(SoldPayloads.MARKER_CURRENCY));
        }
        // markers happen now: yesterday to tomorrow covers a run across midnight in the insights zone
        LocalDate today = LocalDate.now(INSIGHTS_ZONE);
        return run.api.demandRevenue(SoldPayloads.MARKER_CURRENCY, today.minusDays(1), today.plusDays(1));
    }

    /**
     * The open-loop load over a fixed number of connections: request n is due at n / rate and goes
     * out on connection n mod C, at once if that connection is behind. The rate holds as long as
     * the service keeps up; when it does not, the lag grows and is reported, instead of the
     * connection count growing without bound as unbounded async sends would make it.
     */
    private static final class Background {

        private final BenchRun run;

        private final double rate;

        private final int connections;

        private final List<Thread> threads = new ArrayList<>();

        private final LongAdder sent = new LongAdder();

        private final LongAdder errors = new LongAdder();

        private final LongAccumulator maxLagNanos = new LongAccumulator(Math::max, 0);

        private volatile boolean stopped;

        Background(BenchRun run, double rate, int connections) {
            this.run = run;
            this.rate = rate;
            this.connections = connections;
        }

        void start() {
            OpenLoopPacer pacer = new OpenLoopPacer(this.rate, System.nanoTime() + 10_000_000L);
            for (int c = 0; c < this.connections; c++) {
                int first = c;
                Thread thread = new Thread(() -> send(pacer, first), "bench-open-loop-" + c);
                thread.setDaemon(true);
                this.threads.add(thread);
                thread.start();
            }
        }

        private void send(OpenLoopPacer pacer, int first) {
            for (long n = first; !this.stopped; n += this.connections) {
                long wait = pacer.dueNanos(n) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else {
                    this.maxLagNanos.accumulate(-wait);
                }
                if (this.stopped) {
                    return;
                }
                try {
                    int status = this.run.api.postSingle(this.run.payloads.single());
                    this.sent.increment();
                    if (status == 202) {
                        this.run.acceptedSold.increment();
                    } else {
                        this.errors.increment();
                    }
                } catch (IOException ex) {
                    this.errors.increment();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            this.stopped = true;
            for (Thread thread : this.threads) {
                thread.join(35_000);
            }
        }

        long sent() {
            return this.sent.sum();
        }

        long errors() {
            return this.errors.sum();
        }

        double maxLagMillis() {
            return this.maxLagNanos.get() / 1e6;
        }
    }

    /** Resident memory of each process, once a second; keeps the peak. */
    private static final class MemorySampler implements Runnable {

        private final Map<String, Long> pids;

        private final Map<String, Long> peakKiB = new ConcurrentHashMap<>();

        private volatile boolean stopped;

        MemorySampler(Map<String, Long> pids) {
            this.pids = pids;
        }

        @Override
        public void run() {
            while (!this.stopped) {
                this.pids.forEach((name, pid) ->
                        ProcStats.rssKiB(pid).ifPresent(kib -> this.peakKiB.merge(name, kib, Math::max)));
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }

        void stop() {
            this.stopped = true;
        }

        Map<String, Long> peakMiB() {
            Map<String, Long> result = new LinkedHashMap<>();
            this.pids.keySet().forEach(name -> {
                Long kib = this.peakKiB.get(name);
                if (kib != null) {
                    result.put(name, Math.round(kib / 1024.0));
                }
            });
            return result;
        }
    }
}
