package io.gojichain.tools.stack;

import io.gojichain.tools.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tools.jar stack}: the supervision of the local stack's processes, which {@code ./goji}
 * calls for starting, waiting until ready, stopping and reporting; {@code goji} keeps only what to
 * start with which settings. Every process is found through {@link StackProcess}, the same table
 * the bench and the fault run use.
 *
 * <pre>
 * stack start  --home DIR --name NAME --port PORT [--env VAR=value]... -- COMMAND...
 * stack await  --home DIR --timeout SECONDS NAME...
 * stack stop   --home DIR --timeout SECONDS NAME...
 * stack status --home DIR [--external NAME=TEXT] [--stray NAME=TEXT] [--optional NAME=TEXT] NAME:PORT...
 * </pre>
 *
 * Exit codes: 0 done, 1 a process failed (died, not ready in time, did not stop, not UP), 2 usage.
 */
public final class StackCommand {

    static final String USAGE = String.join(
            "\n",
            "Usage: java -jar tools/target/tools.jar stack <start|await|stop|status> --home DIR ...",
            "  start  --name NAME --port PORT [--env VAR=value]... -- COMMAND...   start one process in the background",
            "  await  --timeout SECONDS NAME...     wait until each is ready (brokers: port open; services: readiness UP)",
            "  stop   --timeout SECONDS NAME...     SIGTERM all at once, SIGKILL what still runs after the timeout",
            "  status [--external NAME=TEXT] [--stray NAME=TEXT] [--optional NAME=TEXT] NAME:PORT...",
            "         each process, its pid, port and health; exit 1 unless every one is UP");

    /** Lines of a log shown when a process fails to start. */
    private static final int LOG_TAIL = 40;

    private final PrintStream out;

    private final PrintStream err;

    private final Health health = new Health();

    private StackCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") && !args.contains("--")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        StackCommand command = new StackCommand(out, err);
        try {
            Options options = Options.parse(args.subList(1, args.size()));
            switch (args.get(0)) {
                case "start":
                    return command.start(options);
                case "await":
                    return command.await(options);
                case "stop":
                    return command.stop(options);
                case "status":
                    return command.status(options);
                default:
                    throw new UsageException("unknown stack command '" + args.get(0) + "'");
            }
        } catch (UsageException e) {
            err.println("stack: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("stack: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int start(Options options) throws UsageException, IOException {
        if (options.command.isEmpty()) {
            throw new UsageException("start needs a command after --");
        }
        StackProcess.start(options.home(), options.single("name"), options.port(), options.env(), options.command);
        return 0;
    }

    /** One clock for all: the processes start in parallel. */
    private int await(Options options) throws UsageException, InterruptedException, IOException {
        Duration timeout = Duration.ofSeconds(options.number("timeout"));
        long started = System.nanoTime();
        for (String name : options.names) {
            StackProcess process = StackProcess.find(options.home(), name).orElse(null);
            if (process == null) {
                this.err.println(name + " is not running (no pid file of a live process)");
                return 1;
            }
            Duration left = timeout.minusNanos(System.nanoTime() - started);
            if (!process.awaitReady(this.health, left.isNegative() ? Duration.ZERO : left)) {
                printLogTail(process.log());
                if (!process.isAlive()) {
                    process.forget();
                    this.err.println(name + " exited during startup; full log: " + process.log());
                } else {
                    this.err.println(name + " not ready within " + timeout.toSeconds() + " s on port " + process.port()
                            + " (still running as pid " + process.pid() + ")");
                }
                return 1;
            }
            this.out.printf(
                    Locale.ROOT,
                    "%s: ready on port %d (%d s)%n",
                    name,
                    process.port(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return 0;
    }

    /** SIGTERM to all at once (each shuts down cleanly in parallel), SIGKILL after the timeout. */
    private int stop(Options options) throws UsageException, InterruptedException, IOException {
        Duration timeout = Duration.ofSeconds(options.number("timeout"));
        List<StackProcess> stopping = new ArrayList<>();
        for (String name : options.names) {
            Optional<StackProcess> process = StackProcess.find(options.home(), name);
            if (process.isEmpty()) {
                this.out.println(name + ": not running");
                Files.deleteIfExists(StackProcess.pidFile(options.home(), name));
                continue;
            }
            this.out.println(name + ": stopping (pid " + process.get().pid() + ") ...");
            process.get().terminate();
            stopping.add(process.get());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        int failed = 0;
        for (StackProcess process : stopping) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!process.awaitExit(left)) {
                this.err.println("goji: warning: " + process.name() + " (pid " + process.pid()
                        + ") still running after " + timeout.toSeconds() + " s: sending SIGKILL");
                try {
                    process.kill();
                } catch (IllegalStateException e) {
                    this.err.println("goji: warning: " + process.name() + " (pid " + process.pid()
                            + ") did not exit; pid file kept");
                    failed++;
                    continue;
                }
            }
            process.forget();
            this.out.println(process.name() + ": stopped");
        }
        return failed == 0 ? 0 : 1;
    }

    private int status(Options options) throws UsageException, InterruptedException {
        String row = "%-20s %-8s %-6s %s%n";
        this.out.printf(Locale.ROOT, row, "NAME", "PID", "PORT", "HEALTH");
        boolean allUp = true;
        for (Map.Entry<String, String> external : options.texts("external").entrySet()) {
            this.out.printf(Locale.ROOT, row, external.getKey(), "-", "-", external.getValue());
        }
        Map<String, String> strays = options.texts("stray");
        Map<String, String> optional = options.texts("optional");
        for (String entry : options.names) {
            int colon = entry.lastIndexOf(':');
            if (colon < 1) {
                throw new UsageException("status takes NAME:PORT, not '" + entry + "'");
            }
            String name = entry.substring(0, colon);
            int configuredPort = Options.port(entry.substring(colon + 1));
            Optional<StackProcess> process = StackProcess.find(options.home(), name);
            if (process.isPresent() && strays.containsKey(name)) {
                this.out.printf(
                        Locale.ROOT,
                        row,
                        name,
                        process.get().pid(),
                        process.get().port(),
                        strays.get(name));
                allUp = false;
            } else if (process.isPresent()) {
                boolean up = this.health.isReady(process.get());
                this.out.printf(
                        Locale.ROOT,
                        row,
                        name,
                        process.get().pid(),
                        process.get().port(),
                        up ? "UP" : "DOWN");
                allUp &= up;
            } else if (optional.containsKey(name)) {
                this.out.printf(Locale.ROOT, row, name, "-", configuredPort, optional.get(name));
            } else if (!strays.containsKey(name)) {
                String health =
                        Health.portOpen(configuredPort) ? "not running; port in use by another process" : "not running";
                this.out.printf(Locale.ROOT, row, name, "-", configuredPort, health);
                allUp = false;
            }
        }
        return allUp ? 0 : 1;
    }

    private void printLogTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            this.err.println("---- last " + LOG_TAIL + " lines of " + log + " ----");
            lines.subList(Math.max(0, lines.size() - LOG_TAIL), lines.size()).forEach(this.err::println);
            this.err.println("----");
        } catch (IOException e) {
            // no log yet: the message that follows says what happened
        }
    }

    /** Options that may repeat ({@code --env}, {@code --stray}, ...), then names, or {@code --} and a command. */
    static final class Options {

        private final Map<String, List<String>> values = new LinkedHashMap<>();

        final List<String> names = new ArrayList<>();

        final List<String> command = new ArrayList<>();

        static Options parse(List<String> args) throws UsageException {
            Options options = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--")) {
                    options.command.addAll(args.subList(i + 1, args.size()));
                    break;
                }
                if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    String value;
                    int eq = name.indexOf('=');
                    if (eq >= 0) {
                        value = name.substring(eq + 1);
                        name = name.substring(0, eq);
                    } else if (i + 1 < args.size()) {
                        value = args.get(++i);
                    } else {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    options.values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } else {
                    options.names.add(arg);
                }
            }
            return options;
        }

        Path home() throws UsageException {
            return Path.of(single("home")).toAbsolutePath().normalize();
        }

        String single(String name) throws UsageException {
            List<String> given = this.values.getOrDefault(name, List.of());
            if (given.size() != 1) {
                throw new UsageException("--" + name + " is needed once");
            }
            return given.get(0);
        }

        long number(String name) throws UsageException {
            try {
                long value = Long.parseLong(single(name));
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number of seconds");
            }
        }

        int port() throws UsageException {
            return port(single("port"));
        }

        static int port(String text) throws UsageException {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new UsageException("not a port: '" + text + "'");
            }
        }

        Map<String, String> env() throws UsageException {
            return texts("env");
        }

        /** {@code --NAME KEY=TEXT} options, in the order given. */
        Map<String, String> texts(String option) throws UsageException {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String value : this.values.getOrDefault(option, List.of())) {
                int eq = value.indexOf('=');
                if (eq < 1) {
                    throw new UsageException("--" + option + " takes KEY=VALUE, not '" + value + "'");
                }
                texts.put(value.substring(0, eq), value.substring(eq + 1));
            }
            return texts;
        }
    }
}
