package io.gojichain.tools.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Steps 2 and 3: batch and single-event ingest through sales-service, closed loop, per concurrency level. */
final class IngestStep {

    private IngestStep() {}

    static List<BenchResults.IngestLevel> batch(BenchRun run) throws InterruptedException {
        int size = run.options.batchSize();
        run.say(
                "[2/5] Batch ingest: POST /api/v1/sales/batch, %d events a request, %d s warm-up + %d s per level",
                size, run.options.warmup().toSeconds(), run.options.duration().toSeconds());
        warmUp(run, "batch", 2, () -> run.api.postBatch(run.payloads.batch(size)), size);
        List<BenchResults.IngestLevel> levels = new ArrayList<>();
        for (int clients : run.options.batchConcurrency()) {
            run.drain("batch ingest at " + clients + " clients");
            levels.add(level(run, clients, size, () -> run.api.postBatch(run.payloads.batch(size))));
        }
        return levels;
    }

    static List<BenchResults.IngestLevel> single(BenchRun run) throws InterruptedException {
        run.say(
                "[3/5] Single-event ingest: POST /api/v1/sales, closed-loop clients, %d s warm-up + %d s per level",
                run.options.warmup().toSeconds(), run.options.duration().toSeconds());
        warmUp(run, "single-event", 16, () -> run.api.postSingle(run.payloads.single()), 1);
        List<BenchResults.IngestLevel> levels = new ArrayList<>();
        for (int clients : run.options.singleConcurrency()) {
            run.drain("single-event ingest at " + clients + " clients");
            levels.add(level(run, clients, 1, () -> run.api.postSingle(run.payloads.single())));
        }
        return levels;
    }

    /** Load before the first level, not measured: the service's JIT compiles this path first. */
    private static void warmUp(BenchRun run, String what, int clients, ClosedLoop.Request request, int eventsPerRequest)
            throws InterruptedException {
        if (run.options.serviceWarmup().isZero()) {
            return;
        }
        run.say(
                "      warming up sales-service's %s path for %d s ...",
                what, run.options.serviceWarmup().toSeconds());
        LongAdder accepted = new LongAdder();
        ClosedLoop.run(clients, java.time.Duration.ZERO, run.options.serviceWarmup(), request, accepted, NO_WINDOW);
        run.acceptedSold.add(accepted.sum() * eventsPerRequest);
    }

    private static final ClosedLoop.Window NO_WINDOW = new ClosedLoop.Window() {
        @Override
        public void opened() {}

        @Override
        public void closed() {}
    };

    /** Sends {@code events} more sold events in batches at two clients (the replay's top-up), returns how many. */
    static long topUp(BenchRun run, long events) throws InterruptedException {
        int size = run.options.batchSize();
        long requests = (events + size - 1) / size;
        io.gojichain.tools.Progress progress = new io.gojichain.tools.Progress(
                "  topping up", "events", requests * size, run.options.progress(), run.err);
        LongAdder accepted = new LongAdder();
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Thread thread = new Thread(
                    () -> {
                        int failures = 0;
                        while (next.getAndIncrement() < requests && failures < 20) {
                            try {
                                int status = run.api.postBatch(run.payloads.batch(size));
                                if (status >= 200 && status < 300) {
                                    accepted.add(size);
                                    progress.update(accepted.sum());
                                } else {
                                    failures++;
                                    next.decrementAndGet();
                                    Thread.sleep(500);
                                }
                            } catch (Exception ex) {
                                failure.compareAndSet(null, ex);
                                failures++;
                            }
                        }
                    },
                    "bench-top-up-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        progress.finish(accepted.sum());
        run.acceptedSold.add(accepted.sum());
        if (failure.get() != null) {
            run.note("topping up for the replay met an error: " + failure.get());
        }
        return accepted.sum();
    }

    private static BenchResults.IngestLevel level(
            BenchRun run, int clients, int eventsPerRequest, ClosedLoop.Request request) throws InterruptedException {
        LongAdder acceptedRequests = new LongAdder();
        AtomicReference<CpuMeter> meter = new AtomicReference<>();
        AtomicReference<CpuMeter.Usage> usage = new AtomicReference<>();
        ClosedLoop.Level level = ClosedLoop.run(
                clients,
                run.options.warmup(),
                run.options.duration(),
                request,
                acceptedRequests,
                new ClosedLoop.Window() {
                    @Override
                    public void opened() {
                        meter.set(CpuMeter.start(run.pids));
                    }

                    @Override
                    public void closed() {
                        usage.set(meter.get().stop());
                    }
                });
        run.acceptedSold.add(acceptedRequests.sum() * eventsPerRequest);
        double eventsPerSec = level.perSecond() * eventsPerRequest;
        run.say(
                "      %3d clients: %,10.0f events/s  %,8.0f requests/s  %s%s",
                clients,
                eventsPerSec,
                level.perSecond(),
                Targets.percentiles(level.latency()),
                level.errors() > 0 ? "  (" + level.errors() + " errors, first: " + level.firstError() + ")" : "");
        return new BenchResults.IngestLevel(
                clients,
                eventsPerRequest,
                level.completed(),
                level.errors(),
                level.seconds(),
                Math.round(level.perSecond() * 10) / 10.0,
                Math.round(eventsPerSec * 10) / 10.0,
                level.latency(),
                level.firstError(),
                usage.get());
    }
}
