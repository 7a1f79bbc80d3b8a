package io.gojichain.tools.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Steps 5 and 6: a steady open-loop load of single events, and through it one marker at a time:
 * a sale in {@link SoldPayloads#MARKER_CURRENCY} at 1.00, so the summary's revenue in that currency
 * says exactly how many markers insights has counted. Freshness is the time from a marker's 202 to
 * the first summary that shows it. Meanwhile every process's resident memory is sampled.
 */
final class FreshnessStep {

    /** A marker not seen after this long counts as timed out. */
    static final long MARKER_TIMEOUT_NANOS = 30_000_000_000L;

    /** Requests in flight beyond which the open loop stops offering more (the system is saturated). */
    static final int MAX_IN_FLIGHT = 2_000;

    private FreshnessStep() {}

    static BenchResults.FreshnessResult run(BenchRun run) throws Exception {
        BenchOptions options = run.options;
        run.say(
                "[5/5] Freshness at %,.0f events/s (open loop, single POSTs): 202 -> visible in /summary; %d s"
                        + " warm-up + %d s of markers; RSS of every process meanwhile",
                options.freshnessRate(),
                options.warmup().toSeconds(),
                options.freshnessDuration().toSeconds());
        StackApi.Summary before = run.drain("freshness")
                .orElseThrow(() -> new IllegalStateException(
                        "insights-service at " + options.insightsUrl() + " does not answer its summary"));
        BigDecimal markersBefore = before.revenue(SoldPayloads.MARKER_CURRENCY);

        Background background = new Background(run, options.freshnessRate());
        MemorySampler memory = new MemorySampler(run.pids);
        Thread load = new Thread(background, "bench-open-loop");
        Thread sampler = new Thread(memory, "bench-rss");
        load.setDaemon(true);
        sampler.setDaemon(true);
        load.start();
        Thread.sleep(options.warmup().toMillis());
        sampler.start();
        CpuMeter meter = CpuMeter.start(run.pids);
        long windowStart = System.nanoTime();
        background.openWindow(windowStart);

        Histogram freshness = Latency.newHistogram();
        Histogram summaryTimes = Latency.newHistogram();
        long markers = 0;
        long timedOut = 0;
        long pollNanos = options.freshnessPoll().toNanos();
        BigDecimal expected = markersBefore;
        try {
            while (System.nanoTime() - windowStart < options.freshnessDuration().toNanos()) {
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
                    Optional<StackApi.Summary> summary = run.api.summary();
                    long answered = System.nanoTime();
                    summaryTimes.recordValue(Math.max(1, (answered - asked) / 1000));
                    if (summary.isPresent()
                            && summary.get()
                                            .revenue(SoldPayloads.MARKER_CURRENCY)
                                            .compareTo(expected)
                                    >= 0) {
                        freshness.recordValue(Math.max(1, (answered - accepted) / 1000));
                        seen = true;
                        break;
                    }
                    LockSupport.parkNanos(pollNanos);
                }
                if (!seen) {
                    timedOut++;
                }
                // a random gap, so markers do not fall into step with the service's commit interval
                Thread.sleep(ThreadLocalRandom.current().nextInt(100));
            }
        } finally {
            background.stop();
            memory.stop();
            load.join(30_000);
            sampler.join(5_000);
        }
        CpuMeter.Usage usage = meter.stop();
        double windowSeconds = (background.windowEnd() - windowStart) / 1e9;
        double achieved = background.sentInWindow() / Math.max(1e-3, windowSeconds);
        Latency latency = Latency.of(freshness);
        run.say(
                "      %d markers: p50 %s ms, p99 %s ms (max %s ms%s); background %,.0f events/s achieved, %d errors",
                markers,
                Targets.ms(latency.p50Ms()),
                Targets.ms(latency.p99Ms()),
                Targets.ms(latency.maxMs()),
                timedOut > 0 ? ", " + timedOut + " timed out" : "",
                achieved,
                background.errors());
        Map<String, Long> rss = memory.peakMiB();
        run.say("      peak RSS (MiB): %s", rss);
        return new BenchResults.FreshnessResult(
                options.freshnessRate(),
                Math.round(achieved * 10) / 10.0,
                background.sent(),
                background.errors(),
                markers,
                timedOut,
                options.freshnessPoll().toMillis(),
                latency,
                Latency.of(summaryTimes),
                rss,
                usage);
    }

    /** The open-loop load: single events at a fixed rate, sent asynchronously, answers not awaited. */
    private static final class Background implements Runnable {

        private final BenchRun run;

        private final double rate;

        private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

        private final LongAdder sent = new LongAdder();

        private final LongAdder errors = new LongAdder();

        private final AtomicLong windowStartCount = new AtomicLong(-1);

        private volatile long windowStart;

        private volatile long windowEnd;

        private volatile long windowEndCount;

        private volatile boolean stopped;

        Background(BenchRun run, double rate) {
            this.run = run;
            this.rate = rate;
        }

        @Override
        public void run() {
            OpenLoopPacer pacer = new OpenLoopPacer(this.rate, System.nanoTime());
            for (long n = 0; !this.stopped; n++) {
                long wait = pacer.dueNanos(n) - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (!this.inFlight.tryAcquire()) {
                    // saturated: an open loop that waited here would become a closed one
                    this.errors.increment();
                    continue;
                }
                this.sent.increment();
                this.run.api.postSingleAsync(this.run.payloads.single()).whenComplete((status, failure) -> {
                    this.inFlight.release();
                    if (failure == null && status == 202) {
                        this.run.acceptedSold.increment();
                    } else {
                        this.errors.increment();
                    }
                });
            }
            this.windowEnd = System.nanoTime();
            this.windowEndCount = this.sent.sum();
            // wait for the answers still on their way, so the accepted count is complete
            this.inFlight.acquireUninterruptibly(MAX_IN_FLIGHT);
            this.inFlight.release(MAX_IN_FLIGHT);
        }

        void openWindow(long now) {
            this.windowStart = now;
            this.windowStartCount.set(this.sent.sum());
        }

        void stop() {
            this.stopped = true;
        }

        long windowEnd() {
            return this.windowEnd == 0 ? System.nanoTime() : this.windowEnd;
        }

        long sentInWindow() {
            return this.windowEndCount - Math.max(0, this.windowStartCount.get());
        }

        long sent() {
            return this.sent.sum();
        }

        long errors() {
            return this.errors.sum();
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
