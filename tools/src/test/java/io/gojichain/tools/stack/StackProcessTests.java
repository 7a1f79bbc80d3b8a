package io.gojichain.tools.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A real child process in a pid file laid out as goji writes it: found, frozen, killed and started again. */
@EnabledOnOs(value = OS.LINUX, disabledReason = "reads /proc")
class StackProcessTests {

    @TempDir
    Path home;

    private final java.util.List<Long> started = new java.util.ArrayList<>();

    @AfterEach
    void killLeftovers() {
        this.started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void findsTheProcessOfAPidFileOnlyWhenItCarriesGojisMark() throws Exception {
        long marked = spawn("-Dgoji.process=probe");
        writePidFile("probe", marked, 18099);
        long unmarked = spawn("-Dgoji.process=other");
        writePidFile("impostor", unmarked, 18098);

        Optional<StackProcess> probe = StackProcess.find(this.home, "probe");

        assertThat(probe).hasValueSatisfying(p -> {
            assertThat(p.pid()).isEqualTo(marked);
            assertThat(p.port()).isEqualTo(18099);
            assertThat(p.isAlive()).isTrue();
        });
        assertThat(StackProcess.find(this.home, "impostor")).isEmpty();
        assertThat(StackProcess.find(this.home, "missing")).isEmpty();
    }

    @Test
    void killedAndRestartedWithTheSameCommandEnvironmentAndWorkingDirectory() throws Exception {
        long pid = spawn("-Dgoji.process=probe");
        writePidFile("probe", pid, 18097);
        StackProcess probe = StackProcess.find(this.home, "probe").orElseThrow();

        probe.kill();
        assertThat(probe.isAlive()).isFalse();
        StackProcess again = probe.restart();
        this.started.add(again.pid());

        assertThat(again.pid()).isNotEqualTo(pid);
        assertThat(again.isAlive()).isTrue();
        assertThat(Files.readAllLines(this.home.resolve(".goji/run/probe.pid")))
                .containsExactly(Long.toString(again.pid()), "18097");
        StackProcess found = StackProcess.find(this.home, "probe").orElseThrow();
        assertThat(found.pid()).isEqualTo(again.pid());
        assertThat(commandLine(again.pid())).containsExactly("sh", "-c", "sleep 60", "-Dgoji.process=probe");
        assertThat(Files.readString(Path.of("/proc/" + again.pid() + "/environ")))
                .contains("CHAOS_PROBE=kept");
        assertThat(Files.readSymbolicLink(Path.of("/proc/" + again.pid() + "/cwd")))
                .isEqualTo(this.home);
    }

    @Test
    void frozenUntilThawed() throws Exception {
        long pid = spawn("-Dgoji.process=probe");
        writePidFile("probe", pid, 18096);
        StackProcess probe = StackProcess.find(this.home, "probe").orElseThrow();

        probe.freeze();
        await().atMost(Duration.ofSeconds(5)).until(() -> state(pid) == 'T');
        probe.thaw();

        await().atMost(Duration.ofSeconds(5)).until(() -> state(pid) != 'T');
        assertThat(probe.isAlive()).isTrue();
    }

    @Test
    void splitsProcCmdlineOnNulBytes() {
        byte[] cmdline = "java\0-Dgoji.process=kafka\0-cp\0libs/*\0".getBytes(StandardCharsets.UTF_8);

        assertThat(StackProcess.splitNul(cmdline)).containsExactly("java", "-Dgoji.process=kafka", "-cp", "libs/*");
        assertThat(StackProcess.splitNul("a\0b".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("a", "b");
    }

    /** {@code sh -c 'sleep 60' MARK}: the mark becomes $0, so it shows in the command line as goji's does. */
    private long spawn(String mark) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "sleep 60", mark).directory(this.home.toFile());
        builder.environment().put("CHAOS_PROBE", "kept");
        Files.createDirectories(this.home.resolve(".goji/logs"));
        Process process = builder.redirectOutput(
                        this.home.resolve(".goji/logs/spawned.log").toFile())
                .redirectErrorStream(true)
                .start();
        this.started.add(process.pid());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> commandLine(process.pid()).contains(mark));
        return process.pid();
    }

    private void writePidFile(String name, long pid, int port) throws Exception {
        Path run = Files.createDirectories(this.home.resolve(".goji/run"));
        Files.writeString(run.resolve(name + ".pid"), pid + "\n" + port + "\n");
    }

    private static List<String> commandLine(long pid) {
        try {
            return StackProcess.splitNul(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")));
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static char state(long pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }
}
