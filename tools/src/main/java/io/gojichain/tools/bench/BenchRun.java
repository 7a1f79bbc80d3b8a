package io.gojichain.tools.bench;

import io.gojichain.tools.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the steps of one run share: the options, the stack's endpoints and processes, the payloads,
 * the child processes, and the count of {@code sold} events the services accepted, which tells how
 * far insights-service must have counted before the next step starts on a quiet stack.
 */
final class BenchRun {

    /** How long insights-service may take to count what a step sent before the next step starts anyway. */
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    final BenchOptions options;

    final PrintStream out;

    final PrintStream err;

    final String runId;

    final Path work;

    final StackApi api;

    final SoldPayloads payloads;

    final ChildProcesses children;

    final BenchKafka kafka;

    final Map<String, Long> pids;

    /** Sold events the sales-service answered 202 for, during this run. */
    final LongAdder acceptedSold = new LongAdder();

    final List<String> notes = new ArrayList<>();

    /** The insights summary before the run; empty when insights-service did not answer. */
    final Optional<StackApi.Summary> baseline;

    BenchRun(
            BenchOptions options,
            PrintStream out,
            PrintStream err,
            String runId,
            Path work,
            StackApi api,
            SoldPayloads payloads,
            ChildProcesses children,
            BenchKafka kafka,
            Map<String, Long> pids,
            Optional<StackApi.Summary> baseline) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.runId = runId;
        this.work = work;
        this.api = api;
        this.payloads = payloads;
        this.children = children;
        this.kafka = kafka;
        this.pids = pids;
        this.baseline = baseline;
    }

    void note(String text) {
        this.notes.add(text);
        this.err.println("note: " + text);
    }

    void say(String format, Object... args) {
        this.out.printf(Locale.ROOT, format + "%n", args);
        this.out.flush();
    }

    long expectedSold() {
        return this.baseline.map(StackApi.Summary::sold).orElse(0L) + this.acceptedSold.sum();
    }

    /**
     * Waits until insights-service has counted every {@code sold} event accepted so far, so that a
     * step does not share the CPU with the previous step's backlog. Returns the summary it reached,
     * or empty when insights-service does not answer or did not catch up in time (noted).
     */
    Optional<StackApi.Summary> drain(String before) throws InterruptedException {
        if (this.baseline.isEmpty()) {
            return Optional.empty();
        }
        long expected = expectedSold();
        long start = System.nanoTime();
        Optional<StackApi.Summary> now = this.api.summary();
        long first = now.map(StackApi.Summary::sold).orElse(0L);
        if (now.isPresent() && now.get().sold() >= expected) {
            return now;
        }
        Progress progress = new Progress(
                "  insights counting the backlog before " + before,
                "events",
                Math.max(1, expected - first),
                this.options.progress(),
                this.err);
        while (System.nanoTime() - start < DRAIN_TIMEOUT.toNanos()) {
            // seldom: every summary walks all facts, and takes CPU from the counting awaited here
            Thread.sleep(2000);
            now = this.api.summary();
            long counted = now.map(StackApi.Summary::sold).orElse(first);
            progress.update(Math.max(0, counted - first));
            if (now.isPresent() && counted >= expected) {
                progress.finish(counted - first);
                return now;
            }
        }
        progress.finish(now.map(StackApi.Summary::sold).orElse(first) - first);
        note(String.format(
                Locale.ROOT,
                "insights-service had not counted all %,d sold events %d s after they were sent; %s started with"
                        + " its backlog",
                expected,
                DRAIN_TIMEOUT.toSeconds(),
                before));
        return Optional.empty();
    }
}
