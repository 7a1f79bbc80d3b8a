package io.gojichain.boot.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs Prometheus' {@code promtool check metrics} over a scrape, the linter Prometheus itself applies. Exit 0: clean;
 * 3: lint warnings only; 1: a broken exposition. The scrape must be clean: {@code PrometheusNaming} rewrites the
 * stock meters that would draw warnings.
 */
public final class Promtool {

    /**
     * @param exitCode promtool's exit code
     * @param output what it printed (the lint findings)
     */
    public record Result(int exitCode, String output) {}

    private Promtool() {}

    /** {@code promtool} from the PATH, if it is there (Debian package {@code prometheus}; {@code .ci/run} installs it). */
    public static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Pipes the scrape (text format 0.0.4; promtool cannot read OpenMetrics) into {@code promtool check metrics}. */
    public static Result checkMetrics(Path promtool, String scrape) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(promtool.toString(), "check", "metrics")
                .redirectErrorStream(true)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(scrape.getBytes(StandardCharsets.UTF_8));
        }
        // Output is small (a line per finding); read it all before waiting so the pipe never fills up.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool did not finish within 60 s");
        }
        return new Result(process.exitValue(), output);
    }
}
