package io.gojichain.tools.stack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One process of the local stack, read back from its pid file ({@code .goji/run/NAME.pid}: pid, then
 * port) and from {@code /proc}: its command line, environment and working directory, so that it can
 * be stopped, killed and started again exactly as it was started. A pid is trusted only when the
 * command line carries the stack's mark ({@link #isOurs}): pids are reused.
 *
 * <p>The one process table of the stack: {@code ./goji up}, {@code down} and {@code status} (through
 * {@link StackCommand}), the bench and the fault run all read and write it through this class.
 */
public final class StackProcess {

    private final Path home;

    private final String name;

    private final long pid;

    private final int port;

    private final List<String> command;

    private final Map<String, String> environment;

    private final Path workingDir;

    private StackProcess(
            Path home,
            String name,
            long pid,
            int port,
            List<String> command,
            Map<String, String> environment,
            Path workingDir) {
        this.home = home;
        this.name = name;
        this.pid = pid;
        this.port = port;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDir = workingDir;
    }

    /** The running process of that name, if it was started for the stack of this checkout. */
    public static Optional<StackProcess> find(Path home, String name) {
        try {
            List<String> lines = Files.readAllLines(pidFile(home, name));
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(1).trim());
            Path proc = Path.of("/proc", Long.toString(pid));
            List<String> command = splitNul(Files.readAllBytes(proc.resolve("cmdline")));
            if (!isOurs(home, name, command)) {
                return Optional.empty();
            }
            Map<String, String> environment = new LinkedHashMap<>();
            for (String entry : splitNul(Files.readAllBytes(proc.resolve("environ")))) {
                int eq = entry.indexOf('=');
                if (eq > 0) {
                    environment.put(entry.substring(0, eq), entry.substring(eq + 1));
                }
            }
            Path cwd = Files.readSymbolicLink(proc.resolve("cwd"));
            return Optional.of(new StackProcess(home, name, pid, port, command, environment, cwd));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a command line is the stack's process of that name: a JVM carries {@code
     * -Dgoji.process=NAME} (and, when it names a checkout with {@code -Dgoji.home}, this one);
     * Prometheus carries the config file under this checkout's {@code .goji/}.
     */
    static boolean isOurs(Path home, String name, List<String> command) {
        if (name.equals("prometheus")) {
            return command.contains("--config.file=" + home.resolve(".goji/prometheus/prometheus.yml"));
        }
        if (!command.contains("-Dgoji.process=" + name)) {
            return false;
        }
        return command.stream()
                .filter(arg -> arg.startsWith("-Dgoji.home="))
                .allMatch(arg -> arg.equals("-Dgoji.home=" + home));
    }

    /**
     * Starts a process for the stack: in the background, immune to the terminal's hangup ({@code
     * nohup}), its output in {@code .goji/logs/NAME.log} (the previous run's log kept as {@code .log.1}
     * for post-mortems), and records its pid and port in its pid file.
     */
    public static StackProcess start(Path home, String name, int port, Map<String, String> env, List<String> command)
            throws IOException {
        Path log = logFile(home, name);
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> line = new ArrayList<>();
        line.add("nohup"); // it execs: the pid is the command's own
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        StackProcess process = record(home, name, port, builder, command);
        process.awaitExec();
        return process;
    }

    /**
     * Until the new process runs its own command (not yet the JVM's spawn helper, nor {@code nohup}):
     * only then does its command line carry the marks that {@link #find} trusts.
     */
    private void awaitExec() throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(this.pid), "cmdline");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (isAlive() && System.nanoTime() < deadline) {
            try {
                if (splitNul(Files.readAllBytes(cmdline)).equals(this.command)) {
                    return;
                }
                Thread.sleep(5);
            } catch (IOException e) {
                return; // gone already: the caller's next look says so
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while " + this.name + " started", e);
            }
        }
    }

    private static StackProcess record(Path home, String name, int port, ProcessBuilder builder, List<String> command)
            throws IOException {
        Process started = builder.start();
        Path file = pidFile(home, name);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, started.pid() + "\n" + port + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        return new StackProcess(
                home,
                name,
                started.pid(),
                port,
                command,
                Map.copyOf(builder.environment()),
                builder.directory().toPath());
    }

    static List<String> splitNul(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            parts.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }

    public String name() {
        return this.name;
    }

    public long pid() {
        return this.pid;
    }

    public int port() {
        return this.port;
    }

    public Path log() {
        return logFile(this.home, this.name);
    }

    public boolean isAlive() {
        return ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** SIGKILL, as a crash would: no shutdown hook, no clean close. Waits until it is gone. */
    public void kill() throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(this.pid);
        if (handle.isEmpty()) {
            return;
        }
        handle.get().destroyForcibly();
        if (!awaitExit(handle.get(), Duration.ofSeconds(30))) {
            throw new IllegalStateException(this.name + " (pid " + this.pid + ") did not die after SIGKILL");
        }
    }

    /** SIGTERM, for a clean shutdown; does not wait (see {@link #awaitExit}). */
    public void terminate() {
        ProcessHandle.of(this.pid).ifPresent(ProcessHandle::destroy);
    }

    /** Whether the process is gone within the time; a process gone already is. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(this.pid);
        return handle.isEmpty() || awaitExit(handle.get(), timeout);
    }

    private static boolean awaitExit(ProcessHandle handle, Duration timeout) throws InterruptedException {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !handle.isAlive();
        }
    }

    /** Drops the pid file, once the process is gone. */
    public void forget() throws IOException {
        Files.deleteIfExists(pidFile(this.home, this.name));
    }

    /** SIGSTOP: the process keeps its sockets open but answers nothing, as a hung machine would. */
    public void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT after {@link #freeze}. */
    public void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(this.pid))
                .redirectErrorStream(true)
                .start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill " + signal + " " + this.pid + " failed: "
                    + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    /**
     * Starts the same command again, with the same environment and working directory, its output
     * appended to the process's log, and records the new pid where goji looks for it.
     */
    public StackProcess restart() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(this.command)
                .directory(this.workingDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(this.environment);
        return record(this.home, this.name, this.port, builder, this.command);
    }

    /** Waits until the process is ready by the test given; false when it died or the time ran out. */
    public boolean awaitReady(Readiness readiness, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) { // one look at least, also with no time to wait
            if (!isAlive()) {
                return false;
            }
            if (readiness.isReady(this)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(200);
        }
    }

    static Path pidFile(Path home, String name) {
        return home.resolve(".goji").resolve("run").resolve(name + ".pid");
    }

    static Path logFile(Path home, String name) {
        return home.resolve(".goji").resolve("logs").resolve(name + ".log");
    }

    /** How to tell that a process is ready; brokers and services differ (see {@link Health}). */
    public interface Readiness {
        boolean isReady(StackProcess process) throws InterruptedException;
    }

    @Override
    public String toString() {
        return this.name + " (pid " + this.pid + ", port " + this.port + ")";
    }
}
