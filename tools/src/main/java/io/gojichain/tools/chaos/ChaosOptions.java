package io.gojichain.tools.chaos;

import io.gojichain.contracts.EventType;
import io.gojichain.tools.Args;
import io.gojichain.tools.UsageException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code chaos}.
 *
 * @param rate requests per second of the steady load (batches and single posts)
 * @param workers concurrent clients the load is spread over
 * @param faultTime how long each fault lasts before the process is brought back
 * @param calm load without faults before the first fault and after each recovery
 * @param settle how long the end may take: retries to drain, insights to count everything
 */
record ChaosOptions(
        boolean help,
        double rate,
        int workers,
        Duration faultTime,
        Duration calm,
        Duration settle,
        URI harvest,
        URI processing,
        URI sales,
        URI insights,
        Path home) {

    static final String USAGE = String.join(
            "\n",
            "Usage: ./goji chaos [options]",
            "       java -jar tools/target/tools.jar chaos [options]",
            "",
            "A fault run on the running stack. A steady load of batches and single posts, each event with",
            "its own eventId, goes through the three ingest services; a request answered 503 (or not at",
            "all) is sent again with the same ids until it is answered 202. Meanwhile, in turn:",
            "  with GOJI_BROKERS=3: kill -9 one broker and bring it back, SIGSTOP another one longer",
            "                       than the publish timeout, then kill -9 insights-service and bring it back;",
            "  with one broker:     SIGSTOP the broker longer than the publish timeout, then kill -9",
            "                       insights-service and bring it back.",
            "At the end every event answered 202 must be counted exactly once in /api/v1/insights/summary.",
            "It prints requests sent, 202, 503, retries, events expected and counted per type, and the",
            "longest time a query went unanswered. Use a stack nobody else posts to while it runs.",
            "",
            "Options:",
            "  --rate R            requests per second (default 40; a batch carries 5-25 events)",
            "  --workers N         concurrent clients (default 16)",
            "  --fault-time S      seconds each fault lasts (default 15; the publish timeout is 5)",
            "  --calm S            seconds of load between faults (default 15)",
            "  --settle-timeout S  seconds the end may take to drain retries and count (default 180)",
            "  --harvest-url URL  --processing-url URL  --sales-url URL  --insights-url URL",
            "                      the services (defaults: http://127.0.0.1:8081 .. 8084)",
            "  --home DIR          the goji checkout: pid files in .goji/run (default .)",
            "  --help              this text",
            "",
            "Exit status: 0 nothing lost and nothing counted twice; 1 a loss, a double count, a request",
            "that never got its 202, or a fault that could not be brought back; 2 bad options.");

    private static final Set<String> FLAGS = Set.of("help");

    private static final Set<String> VALUED = Set.of(
            "rate",
            "workers",
            "fault-time",
            "calm",
            "settle-timeout",
            "harvest-url",
            "processing-url",
            "sales-url",
            "insights-url",
            "home");

    static ChaosOptions parse(List<String> argv) throws UsageException {
        Args args = Args.parse(argv, FLAGS, VALUED);
        return new ChaosOptions(
                args.flag("help"),
                args.doubleValue("rate", 40, 0.1, 10_000),
                args.intValue("workers", 16, 1, 256),
                Duration.ofSeconds(args.longValue("fault-time", 15, 1, 600)),
                Duration.ofSeconds(args.longValue("calm", 15, 1, 600)),
                Duration.ofSeconds(args.longValue("settle-timeout", 180, 10, 3600)),
                args.url("harvest-url", "http://127.0.0.1:8081"),
                args.url("processing-url", "http://127.0.0.1:8082"),
                args.url("sales-url", "http://127.0.0.1:8083"),
                args.url("insights-url", "http://127.0.0.1:8084"),
                Path.of(args.string("home", ".")).toAbsolutePath().normalize());
    }

    /** Where requests of this type go, single or batch. */
    URI endpoint(EventType type, boolean batch) {
        String path = switch (type) {
            case HARVESTED -> "/api/v1/harvests";
            case DRIED -> "/api/v1/processing/dried";
            case JUICED -> "/api/v1/processing/juiced";
            case SOLD -> "/api/v1/sales";
        };
        URI base = switch (type) {
            case HARVESTED -> this.harvest;
            case DRIED, JUICED -> this.processing;
            case SOLD -> this.sales;
        };
        return URI.create(base.toString().replaceAll("/+$", "") + path + (batch ? "/batch" : ""));
    }
}
