package io.gojichain.tools.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One process {@code ./goji up} started, read back from its pid file ({@code .goji/run/NAME.pid}: pid,
 * then port) and from {@code /proc}: its command line, environment and working directory, so that
 * it can be killed and started again exactly as goji started it. A pid is trusted only when the
 * command line carries goji's {@code -Dgoji.process=NAME} mark: pids are reused.
 */
final class StackProcess {

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

    /** The running process of that name, if goji started it in this checkout. */
    static Optional<StackProcess> find(Path home, String name) {
        try {
            List<String> lines = Files.readAllLines(pidFile(home, name));
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(1).trim());
            Path proc = Path.of("/proc", Long.toString(pid));
            List<String> command = splitNul(Files.readAllBytes(proc.resolve("cmdline")));
            if (!command.contains("-Dgoji.process=" + name)) {
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

    String name() {
        return this.name;
    }

    long pid() {
        return this.pid;
    }

    int port() {
        return this.port;
    }

    boolean isAlive() {
        return ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** SIGKILL, as a crash would: no shutdown hook, no clean close. Waits until it is gone. */
    void kill() throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(this.pid);
        if (handle.isEmpty()) {
            return;
        }
        handle.get().destroyForcibly();
        try {
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(this.name + " (pid " + this.pid + ") did not die after SIGKILL", e);
        }
    }

    /** SIGSTOP: the process keeps its sockets open but answers nothing, as a hung machine would. */
    void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** SIGCONT after {@link #freeze}. */
    void thaw() throws IOException, InterruptedException {
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
    StackProcess restart() throws IOException {
        Path log = this.home.resolve(".goji").resolve("logs").resolve(this.name + ".log");
        ProcessBuilder builder = new ProcessBuilder(this.command)
                .directory(this.workingDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(this.environment);
        Process started = builder.start();
        Path file = pidFile(this.home, this.name);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, started.pid() + "\n" + this.port + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new StackProcess(
                this.home, this.name, started.pid(), this.port, this.command, this.environment, this.workingDir);
    }

    /** Waits until the process listens on its port (brokers) or reports readiness UP (services). */
    boolean awaitReady(Readiness readiness, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                return false;
            }
            if (readiness.isReady(this)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static Path pidFile(Path home, String name) {
        return home.resolve(".goji").resolve("run").resolve(name + ".pid");
    }

    /** How to tell that a process is ready; brokers and services differ. */
    interface Readiness {
        boolean isReady(StackProcess process) throws InterruptedException;
    }

    @Override
    public String toString() {
        return this.name + " (pid " + this.pid + ", port " + this.port + ")";
    }
}
