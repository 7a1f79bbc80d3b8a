package io.gojichain.tools.bench;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The JVMs the bench starts (perf tools, the replay's insights instance). They are stopped when
 * their step ends and, should the bench itself be interrupted, by a shutdown hook: a benchmark must
 * not leave a second insights-service running.
 */
final class ChildProcesses implements AutoCloseable {

    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    private final Thread hook = new Thread(this::close, "bench-children-stop");

    ChildProcesses() {
        Runtime.getRuntime().addShutdownHook(this.hook);
    }

    Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        this.running.add(process);
        return process;
    }

    /** SIGTERM (a Boot service shuts down cleanly), SIGKILL after 30 s. */
    void stop(Process process) {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            this.running.remove(process);
        }
    }

    @Override
    public void close() {
        for (Process process : Set.copyOf(this.running)) {
            stop(process);
        }
        if (Thread.currentThread() != this.hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(this.hook);
            } catch (IllegalStateException ex) {
                // already shutting down
            }
        }
    }
}
