package io.gojichain.tools.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stack start|await|stop|status} on real child processes ({@code sh -c 'sleep 60'} carrying
 * the stack's marks) and a real HTTP readiness probe on loopback: what {@code ./goji up}, {@code
 * down} and {@code status} do through it.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "reads /proc")
class StackCommandTests {

    @TempDir
    Path home;

    private final List<HttpServer> servers = new ArrayList<>();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void stopEverything() throws Exception {
        for (String name : List.of("probe-service", "other-service", "kafka")) {
            StackProcess.find(this.home, name).ifPresent(p -> p.terminate());
        }
        this.servers.forEach(server -> server.stop(0));
    }

    @Test
    void startsAProcessInTheBackgroundWithItsPidFileLogAndEnvironment() throws Exception {
        Files.createDirectories(this.home.resolve(".goji/logs"));
        Files.writeString(this.home.resolve(".goji/logs/probe-service.log"), "the previous run\n");

        assertThat(stack(
                        "start",
                        "--name",
                        "probe-service",
                        "--port",
                        "18111",
                        "--env",
                        "PROBE_GREETING=hello",
                        "--",
                        "sh",
                        "-c",
                        "echo $PROBE_GREETING; sleep 60",
                        marks("probe-service")))
                .isZero();

        StackProcess process = StackProcess.find(this.home, "probe-service").orElseThrow();
        assertThat(process.port()).isEqualTo(18111);
        assertThat(process.isAlive()).isTrue();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Files.readString(process.log()).contains("hello"));
        assertThat(Files.readString(this.home.resolve(".goji/logs/probe-service.log.1")))
                .isEqualTo("the previous run\n");
    }

    @Test
    void awaitsReadinessUpAndSaysWhenAProcessDiedDuringStartup() throws Exception {
        int port = readinessProbe("{\"status\":\"UP\"}", 200);
        start("probe-service", port, "sleep 60");
        start("other-service", freePort(), "echo starting; echo failed to bind; exit 3");

        assertThat(stack("await", "--timeout", "20", "probe-service")).isZero();
        assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("probe-service: ready on port " + port + " (");

        await().atMost(Duration.ofSeconds(5))
                .until(() -> StackProcess.find(this.home, "other-service").isEmpty()
                        || !StackProcess.find(this.home, "other-service").get().isAlive());
        assertThat(stack("await", "--timeout", "20", "other-service")).isEqualTo(1);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("other-service");
    }

    @Test
    void aProbeAnsweringDownIsNotReadyWithinTheTime() throws Exception {
        int port = readinessProbe("{\"status\":\"DOWN\",\"components\":{\"kafka\":{\"status\":\"UP\"}}}", 503);
        start("probe-service", port, "sleep 60");

        assertThat(stack("await", "--timeout", "1", "probe-service")).isEqualTo(1);
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("probe-service not ready within 1 s");
    }

    @Test
    void statusShowsEachProcessAndFailsUnlessAllAreUp() throws Exception {
        int up = readinessProbe("{\"status\":\"UP\"}", 200);
        start("probe-service", up, "sleep 60");
        long pid = StackProcess.find(this.home, "probe-service").orElseThrow().pid();
        int nothing = freePort();

        int code = stack(
                "status",
                "--external",
                "kafka=external: broker1:9092",
                "--optional",
                "prometheus=not running (optional)",
                "probe-service:" + up,
                "prometheus:" + nothing,
                "other-service:" + nothing);

        assertThat(code).isEqualTo(1); // other-service does not run
        assertThat(this.out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        String.format("%-20s %-8s %-6s %s", "NAME", "PID", "PORT", "HEALTH"),
                        String.format("%-20s %-8s %-6s %s", "kafka", "-", "-", "external: broker1:9092"),
                        String.format("%-20s %-8s %-6s %s", "probe-service", pid, up, "UP"),
                        String.format("%-20s %-8s %-6s %s", "prometheus", "-", nothing, "not running (optional)"),
                        String.format("%-20s %-8s %-6s %s", "other-service", "-", nothing, "not running"));

        this.out.reset();
        assertThat(stack("status", "probe-service:" + up)).isZero();
    }

    @Test
    void stopTerminatesAllAtOnceAndKillsWhatIgnoresSigterm() throws Exception {
        start("probe-service", freePort(), "sleep 60");
        start("other-service", freePort(), "trap '' TERM; while true; do sleep 1; done");
        StackProcess polite = StackProcess.find(this.home, "probe-service").orElseThrow();
        StackProcess stubborn = StackProcess.find(this.home, "other-service").orElseThrow();

        assertThat(stack("stop", "--timeout", "2", "probe-service", "other-service", "kafka"))
                .isZero();

        assertThat(polite.isAlive()).isFalse();
        assertThat(stubborn.isAlive()).isFalse();
        assertThat(this.home.resolve(".goji/run/probe-service.pid")).doesNotExist();
        assertThat(this.home.resolve(".goji/run/other-service.pid")).doesNotExist();
        assertThat(this.out.toString(StandardCharsets.UTF_8))
                .contains("probe-service: stopped", "other-service: stopped", "kafka: not running");
        assertThat(this.err.toString(StandardCharsets.UTF_8))
                .contains("other-service (pid " + stubborn.pid() + ") still running after 2 s: sending SIGKILL");
    }

    @Test
    void aPidFileOfAProcessWithoutTheMarksOfThisCheckoutIsNotTrusted() {
        List<String> ours = List.of("java", "-Dgoji.process=sales-service", "-Dgoji.home=" + this.home, "-jar", "x");
        List<String> otherCheckout =
                List.of("java", "-Dgoji.process=sales-service", "-Dgoji.home=/elsewhere", "-jar", "x");

        assertThat(StackProcess.isOurs(this.home, "sales-service", ours)).isTrue();
        assertThat(StackProcess.isOurs(this.home, "sales-service", otherCheckout))
                .isFalse();
        assertThat(StackProcess.isOurs(this.home, "harvest-service", ours)).isFalse();
        assertThat(StackProcess.isOurs(
                        this.home,
                        "prometheus",
                        List.of("prometheus", "--config.file=" + this.home.resolve(".goji/prometheus/prometheus.yml"))))
                .isTrue();
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        assertThat(stack("restart", "x")).isEqualTo(2);
        assertThat(stack("await", "probe-service")).isEqualTo(2); // no --timeout
        assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    // ---------- helpers ----------

    private int stack(String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.add(1, "--home");
        argv.add(2, this.home.toString());
        return StackCommand.run(
                argv,
                new PrintStream(this.out, true, StandardCharsets.UTF_8),
                new PrintStream(this.err, true, StandardCharsets.UTF_8));
    }

    /** {@code sh -c SCRIPT MARKS}: the marks become $0, so they show in the command line as a JVM's -D options do. */
    private void start(String name, int port, String script) throws Exception {
        StackProcess.start(this.home, name, port, Map.of(), List.of("sh", "-c", script, marks(name)));
    }

    private String marks(String name) {
        // one argument: sh takes only one $0; isOurs looks for whole arguments, so put the mark alone
        return "-Dgoji.process=" + name;
    }

    private int readinessProbe(String body, int status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        this.servers.add(server);
        return server.getAddress().getPort();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
