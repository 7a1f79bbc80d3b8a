package io.gojichain.tools.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * Closed-loop clients: each sends a request, waits for the answer, sends the next, for a warm-up
 * (not counted: JIT, connection pools, producer batches settling) and then a measured window.
 * Requests that complete inside the window count, with their latency.
 */
final class ClosedLoop {

    /** Told when the measured window opens and closes (e.g. to meter CPU over exactly that time). */
    interface Window {
        void opened();

        void closed();
    }

    /** One request; returns the HTTP status. */
    interface Request {
        int send() throws IOException, InterruptedException;
    }

    /**
     * A level's outcome.
     *
     * @param completed requests answered 2xx inside the window
     * @param errors requests answered otherwise (or not at all) inside the window
     * @param perSecond completed per second of the window
     */
    record Level(
            int clients,
            long completed,
            long errors,
            double seconds,
            double perSecond,
            Latency latency,
            @Nullable String firstError) {}

    private static final long ERROR_PAUSE_MILLIS = 10;

    private ClosedLoop() {}

    /**
     * @param accepted counts every 2xx, warm-up included, so the caller knows how many events the
     *     services took in total
     */
    static Level run(
            int clients, Duration warmup, Duration window, Request request, LongAdder accepted, Window listener)
            throws InterruptedException {
        long start = System.nanoTime() + 50_000_000L;
        long windowStart = start + warmup.toNanos();
        long windowEnd = windowStart + window.toNanos();
        Histogram[] histograms = new Histogram[clients];
        long[] errors = new long[clients];
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int index = c;
            histograms[c] = Latency.newHistogram();
            Thread thread = new Thread(
                    () -> {
                        try {
                            loop(
                                    request,
                                    accepted,
                                    start,
                                    windowStart,
                                    windowEnd,
                                    histograms[index],
                                    errors,
                                    index,
                                    firstError);
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        sleepUntil(windowStart);
        listener.opened();
        sleepUntil(windowEnd);
        listener.closed();
        done.await();
        Histogram all = Latency.newHistogram();
        long errorCount = 0;
        for (int c = 0; c < clients; c++) {
            all.add(histograms[c]);
            errorCount += errors[c];
        }
        double seconds = window.toNanos() / 1e9;
        return new Level(
                clients,
                all.getTotalCount(),
                errorCount,
                seconds,
                all.getTotalCount() / seconds,
                Latency.of(all),
                firstError.get());
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static void loop(
            Request request,
            LongAdder accepted,
            long start,
            long windowStart,
            long windowEnd,
            Histogram histogram,
            long[] errors,
            int index,
            AtomicReference<String> firstError) {
        try {
            long now;
            sleepUntil(start);
            while ((now = System.nanoTime()) < windowEnd) {
                long sent = now;
                int status;
                String problem = null;
                try {
                    status = request.send();
                } catch (IOException ex) {
                    status = -1;
                    problem = ex.toString();
                }
                long answered = System.nanoTime();
                boolean ok = status >= 200 && status < 300;
                if (ok) {
                    accepted.increment();
                }
                if (answered >= windowStart && answered < windowEnd) {
                    if (ok) {
                        histogram.recordValue(Math.max(1, (answered - sent) / 1000));
                    } else {
                        errors[index]++;
                    }
                }
                if (!ok) {
                    firstError.compareAndSet(null, problem != null ? problem : "HTTP " + status);
                    Thread.sleep(ERROR_PAUSE_MILLIS);
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
