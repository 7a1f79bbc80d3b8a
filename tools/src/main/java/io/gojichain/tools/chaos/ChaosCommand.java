package io.gojichain.tools.chaos;

import io.gojichain.contracts.EventType;
import io.gojichain.tools.UsageException;
import io.gojichain.tools.stack.Health;
import io.gojichain.tools.stack.StackProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code chaos}: the fault run. It loads the stack, breaks it in turn (a broker killed, a broker
 * frozen, insights-service killed), brings each part back as goji started it, and then checks that
 * every event answered 202 is counted exactly once.
 */
public final class ChaosCommand {

    private static final List<String> CLUSTER = List.of("kafka-1", "kafka-2", "kafka-3");

    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(180);

    private final ChaosOptions options;

    private final PrintStream out;

    private final long started = System.nanoTime();

    private final Health health = new Health();

    private ChaosCommand(ChaosOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static int run(List<String> argv, PrintStream out, PrintStream err) {
        ChaosOptions options;
        try {
            options = ChaosOptions.parse(argv);
        } catch (UsageException e) {
            err.println("chaos: " + e.getMessage());
            err.println(ChaosOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(ChaosOptions.USAGE);
            return 0;
        }
        try {
            return new ChaosCommand(options, out).run();
        } catch (ChaosFailure e) {
            err.println("chaos: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("chaos: interrupted");
            return 1;
        } catch (IOException e) {
            err.println("chaos: " + e.getMessage());
            return 1;
        }
    }

    /** A run that cannot go on or did not hold; the message says what happened. */
    static final class ChaosFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ChaosFailure(String message) {
            super(message);
        }
    }

    private int run() throws ChaosFailure, InterruptedException, IOException {
        List<String> brokers = runningBrokers();
        StackProcess insights = find("insights-service");
        InsightsProbe probe = new InsightsProbe(this.options.insights());
        Map<EventType, Long> baseline = probe.counts()
                .orElseThrow(() -> new ChaosFailure("insights-service does not answer /summary: is the stack up?"));
        this.out.printf(
                Locale.ROOT,
                "chaos: %s, %s; load %.0f requests/s over %d clients, faults of %d s%n",
                brokers.size() == 1 ? "one broker" : brokers.size() + " brokers " + brokers,
                insights,
                this.options.rate(),
                this.options.workers(),
                this.options.faultTime().toSeconds());

        ChaosLoad load = new ChaosLoad(
                this.options, new ChaosEvents(UUID.randomUUID().toString().substring(0, 8)));
        load.start();
        probe.start();
        log("load started");
        calm();
        if (brokers.size() > 1) {
            killAndRestart(find(brokers.get(1)));
            calm();
            freezeAndThaw(find(brokers.get(2)));
        } else {
            freezeAndThaw(find(brokers.get(0)));
        }
        calm();
        killAndRestart(insights);
        calm();

        load.stopGenerating();
        long loadSeconds =
                Math.max(1, Duration.ofNanos(System.nanoTime() - this.started).toSeconds());
        log("load stopped; sending what is still unanswered again");
        long unresolved = load.drain(this.options.settle().dividedBy(2));
        Map<EventType, Long> expected = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            expected.put(type, baseline.get(type) + load.tally().acceptedEvents(type));
        }
        log("waiting for insights to count " + expected);
        Map<EventType, Long> counted = awaitCounts(probe, expected);
        probe.stop();
        return report(load.tally(), probe, baseline, expected, counted, unresolved, loadSeconds);
    }

    private List<String> runningBrokers() throws ChaosFailure {
        List<String> cluster = new ArrayList<>();
        for (String name : CLUSTER) {
            StackProcess.find(this.options.home(), name).ifPresent(p -> cluster.add(p.name()));
        }
        if (cluster.size() == CLUSTER.size()) {
            return cluster;
        }
        if (StackProcess.find(this.options.home(), "kafka").isPresent()) {
            return List.of("kafka");
        }
        throw new ChaosFailure("no broker started by ./goji up in " + this.options.home() + " (a cluster needs all of "
                + CLUSTER + " running)");
    }

    private StackProcess find(String name) throws ChaosFailure {
        return StackProcess.find(this.options.home(), name)
                .orElseThrow(() -> new ChaosFailure(
                        name + " is not running (started by ./goji up in " + this.options.home() + ")"));
    }

    private void calm() throws InterruptedException {
        Thread.sleep(this.options.calm().toMillis());
    }

    private void killAndRestart(StackProcess process) throws ChaosFailure, InterruptedException, IOException {
        log("kill -9 " + process);
        process.kill();
        Thread.sleep(this.options.faultTime().toMillis());
        StackProcess again = process.restart();
        log("restarted " + again.name() + " as pid " + again.pid());
        awaitReady(again);
    }

    private void freezeAndThaw(StackProcess process) throws ChaosFailure, InterruptedException, IOException {
        log("SIGSTOP " + process + " for " + this.options.faultTime().toSeconds() + " s");
        process.freeze();
        try {
            Thread.sleep(this.options.faultTime().toMillis());
        } finally {
            process.thaw();
        }
        log("SIGCONT " + process.name());
        awaitReady(process);
    }

    private void awaitReady(StackProcess process) throws ChaosFailure, InterruptedException {
        long from = System.nanoTime();
        if (!process.awaitReady(this.health, RECOVERY_TIMEOUT)) {
            throw new ChaosFailure(process + " did not come back within " + RECOVERY_TIMEOUT.toSeconds()
                    + " s; see .goji/logs/" + process.name() + ".log");
        }
        log(process.name() + " ready again after "
                + Duration.ofNanos(System.nanoTime() - from).toSeconds() + " s");
    }

    /** Polls until every count reaches what is expected (or the time is up), then reads once more. */
    private Map<EventType, Long> awaitCounts(InsightsProbe probe, Map<EventType, Long> expected)
            throws InterruptedException, ChaosFailure {
        long deadline = System.nanoTime() + this.options.settle().toNanos();
        Optional<Map<EventType, Long>> last = Optional.empty();
        while (System.nanoTime() < deadline) {
            Optional<Map<EventType, Long>> now = probe.counts();
            if (now.isPresent()) {
                last = now;
                if (reached(now.get(), expected)) {
                    break;
                }
            }
            Thread.sleep(500);
        }
        // A double count would show after the expected figure is reached: give it a moment to appear.
        Thread.sleep(3000);
        Optional<Map<EventType, Long>> lastSeen = last;
        Optional<Map<EventType, Long>> settled = probe.counts().or(() -> lastSeen);
        return settled.orElseThrow(() -> new ChaosFailure("insights-service never answered /summary after the faults"));
    }

    private static boolean reached(Map<EventType, Long> counted, Map<EventType, Long> expected) {
        for (EventType type : EventType.values()) {
            if (counted.get(type) < expected.get(type)) {
                return false;
            }
        }
        return true;
    }

    private int report(
            ChaosLoad.Tally tally,
            InsightsProbe probe,
            Map<EventType, Long> baseline,
            Map<EventType, Long> expected,
            Map<EventType, Long> counted,
            long unresolved,
            long loadSeconds) {
        long acceptedEvents = 0;
        for (EventType type : EventType.values()) {
            acceptedEvents += tally.acceptedEvents(type);
        }
        PrintStream o = this.out;
        o.println();
        o.printf(
                Locale.ROOT,
                "requests %,d   sends %,d   202 %,d   503 %,d   unanswered %,d   retries %,d   other 4xx/5xx %,d%n",
                tally.requests.get(),
                tally.sends.get(),
                tally.accepted.get(),
                tally.unavailable.get(),
                tally.unreachable.get(),
                tally.retries.get(),
                tally.rejected.get());
        o.printf(
                Locale.ROOT,
                "load held: %,d events accepted in %d s (%,.0f events/s)%n",
                acceptedEvents,
                loadSeconds,
                (double) acceptedEvents / loadSeconds);
        o.printf(
                Locale.ROOT,
                "%-10s %12s %12s %12s %8s %8s%n",
                "type",
                "before",
                "expected",
                "counted",
                "lost",
                "double");
        long lost = 0;
        long doubled = 0;
        for (EventType type : EventType.values()) {
            long e = expected.get(type);
            long c = counted.get(type);
            lost += Math.max(0, e - c);
            doubled += Math.max(0, c - e);
            o.printf(
                    Locale.ROOT,
                    "%-10s %,12d %,12d %,12d %,8d %,8d%n",
                    type.wireName(),
                    baseline.get(type),
                    e,
                    c,
                    Math.max(0, e - c),
                    Math.max(0, c - e));
        }
        o.printf(
                Locale.ROOT,
                "insights queries %,d: 200 %,d, 503 %,d, unreachable %,d, other %,d; longest run of 503 %.1f s,"
                        + " longest without a 200 %.1f s%n",
                probe.queries.get(),
                probe.ok.get(),
                probe.notReady.get(),
                probe.unreachable.get(),
                probe.other.get(),
                probe.longest503().toMillis() / 1000.0,
                probe.longestOutage().toMillis() / 1000.0);
        boolean failed = false;
        if (tally.firstRejection.get() != null) {
            o.println("FAILED: a request was refused or answered wrongly: " + tally.firstRejection.get());
            failed = true;
        }
        if (unresolved > 0) {
            o.println("FAILED: " + unresolved + " request(s) never got their 202; their events may or may not count");
            failed = true;
        }
        if (lost > 0 || doubled > 0) {
            o.println("FAILED: " + lost + " event(s) lost, " + doubled + " counted twice");
            failed = true;
        }
        if (!failed) {
            o.println("OK: every event answered 202 is counted exactly once (0 lost, 0 counted twice)");
        }
        return failed ? 1 : 0;
    }

    private void log(String message) {
        long seconds = Duration.ofNanos(System.nanoTime() - this.started).toSeconds();
        this.out.printf(Locale.ROOT, "%4d s  %s%n", seconds, message);
    }
}
