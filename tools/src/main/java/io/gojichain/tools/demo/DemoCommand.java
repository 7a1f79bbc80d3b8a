package io.gojichain.tools.demo;

import io.gojichain.contracts.EventType;
import io.gojichain.contracts.GojiEvent;
import io.gojichain.contracts.GojiJson;
import io.gojichain.tools.Progress;
import io.gojichain.tools.UsageException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code demo}: generates a season, posts it through the ingest APIs with a progress display,
 * prints what was sent in the shape of the insights summary and checks insights against it.
 */
public final class DemoCommand {

    static final int OK = 0;

    static final int FAILED = 1;

    static final int USAGE = 2;

    static final int MISMATCH = 3;

    private final DemoOptions options;

    private final PrintStream out;

    private final PrintStream err;

    private final HttpClient client;

    private final EventSender.Sleeper sleeper;

    private final Clock clock;

    DemoCommand(
            DemoOptions options,
            PrintStream out,
            PrintStream err,
            HttpClient client,
            EventSender.Sleeper sleeper,
            Clock clock) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.client = client;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** Runs {@code demo} with its arguments; returns the exit status. */
    public static int run(List<String> argv, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(argv);
        } catch (UsageException ex) {
            err.println("demo: " + ex.getMessage());
            err.println("Run 'demo --help' for the options.");
            return USAGE;
        }
        if (options.help()) {
            out.println(DemoOptions.USAGE);
            return OK;
        }
        // HTTP/1.1: the services speak it; an h2c upgrade attempt would only cost a round trip.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return new DemoCommand(options, out, err, client, EventSender.realSleeper(), Clock.systemUTC()).execute();
    }

    int execute() {
        try {
            return executeChecked();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            this.err.println("demo: interrupted");
            return FAILED;
        } catch (IOException ex) {
            this.err.println("demo: " + ex.getMessage());
            return FAILED;
        }
    }

    private int executeChecked() throws InterruptedException, IOException {
        long started = System.nanoTime();
        double scale = this.options.events() > 0
                ? SeasonSimulator.scaleFor(this.options.seed(), this.options.seasonYear(), this.options.events())
                : this.options.scale();
        Season season =
                SeasonSimulator.generate(new SeasonSettings(this.options.seed(), this.options.seasonYear(), scale));
        List<GojiEvent> events = season.events();
        SeasonSummary generated = SeasonSummary.of(events);
        this.out.printf(
                Locale.ROOT,
                "Generated season %d for Jinghe (seed %d, scale %s): %,d events (%s) in %d ms%n",
                this.options.seasonYear(),
                this.options.seed(),
                formatScale(scale),
                events.size(),
                countsByType(generated),
                (System.nanoTime() - started) / 1_000_000);
        if (this.options.out() != null) {
            writeNdjson(this.options.out(), events);
            this.out.println("Wrote " + events.size() + " events to " + this.options.out());
        }
        if (this.options.dryRun()) {
            this.out.println("Dry run, nothing posted. The season in the shape of GET /api/v1/insights/summary:");
            this.out.println(pretty().writeValueAsString(generated.toJson()));
            return OK;
        }
        Instant last = events.get(events.size() - 1).eventTime();
        if (last.isAfter(this.clock.instant().plus(Duration.ofDays(1)))) {
            this.err.printf(
                    Locale.ROOT,
                    "demo: season %d runs until %s, later than tomorrow: the services refuse events more than a"
                            + " day ahead. Use an earlier --season-year (or --dry-run).%n",
                    this.options.seasonYear(),
                    last);
            return USAGE;
        }
        InsightsCheck check =
                this.options.check() ? new InsightsCheck(this.client, this.options.insightsUrl(), this.sleeper) : null;
        SeasonSummary before = check == null ? null : check.fetch();
        int status = send(events);
        if (status != OK || check == null) {
            return status;
        }
        return check(check, generated, before);
    }

    private int send(List<GojiEvent> events) throws InterruptedException {
        SeasonSummary sent = new SeasonSummary();
        AtomicLong done = new AtomicLong();
        Progress progress = new Progress("demo", "events", events.size(), this.options.progress(), this.err);
        EventSender.Listener listener = new EventSender.Listener() {
            @Override
            public void accepted(List<GojiEvent> batch) {
                batch.forEach(sent::add);
                progress.update(done.addAndGet(batch.size()));
            }

            @Override
            public void retrying(EventType type, String reason, Duration wait, int attempt) {
                DemoCommand.this.err.printf(
                        Locale.ROOT,
                        "%n%s; sending the same %s batch again in %s (attempt %d)%n",
                        reason,
                        type.wireName(),
                        Progress.duration(wait.toMillis() / 1000.0),
                        attempt + 1);
            }
        };
        EventSender sender = new EventSender(
                this.client,
                this.options.ingest(),
                this.options.batchSize(),
                this.options.rate(),
                listener,
                this.sleeper);
        long started = System.nanoTime();
        try {
            sender.send(events);
        } catch (EventSender.SendFailedException ex) {
            progress.finish(done.get());
            this.err.println("demo: " + ex.getMessage());
            this.out.printf(
                    Locale.ROOT,
                    "Stopped after %,d of %,d events (%s) were accepted:%n",
                    done.get(),
                    events.size(),
                    countsByType(sent));
            this.out.println(pretty().writeValueAsString(sent.toJson()));
            return FAILED;
        }
        progress.finish(done.get());
        double seconds = (System.nanoTime() - started) / 1e9;
        this.out.printf(
                Locale.ROOT,
                "Sent %,d events in %.1f s (%,.0f events/s; batches of up to %d): %s%n",
                events.size(),
                seconds,
                events.size() / Math.max(seconds, 1e-9),
                sender.effectiveBatchSize(),
                countsByType(sent));
        this.out.println("What was sent, in the shape of GET /api/v1/insights/summary:");
        this.out.println(pretty().writeValueAsString(sent.toJson()));
        return OK;
    }

    private int check(InsightsCheck check, SeasonSummary sent, @Nullable SeasonSummary before)
            throws InterruptedException {
        InsightsCheck.Outcome outcome = check.await(sent, before, this.options.checkTimeout(), Duration.ofSeconds(1));
        switch (outcome.status()) {
            case MATCH:
                this.out.println(outcome.message());
                return OK;
            case UNREACHABLE:
                this.out.println(outcome.message());
                return OK;
            default:
                this.out.println(outcome.message());
                outcome.differences().forEach(d -> this.out.println("  " + d));
                return MISMATCH;
        }
    }

    private static void writeNdjson(Path file, List<GojiEvent> events) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ObjectWriter writer = GojiJson.mapper().writer();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GojiEvent event : events) {
                w.write(writer.writeValueAsString(IngestApi.body(event, true)));
                w.write('\n');
            }
        }
    }

    private static ObjectWriter pretty() {
        return GojiJson.mapper().writerWithDefaultPrettyPrinter();
    }

    private static String countsByType(SeasonSummary summary) {
        StringBuilder text = new StringBuilder();
        for (EventType type : EventType.values()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(type.wireName()).append(' ').append(String.format(Locale.ROOT, "%,d", summary.events(type)));
        }
        return text.toString();
    }

    private static String formatScale(double scale) {
        return String.format(Locale.ROOT, scale == Math.rint(scale) ? "%.0f" : "%.3f", scale);
    }
}
