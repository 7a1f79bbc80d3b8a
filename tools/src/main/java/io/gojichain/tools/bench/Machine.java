package io.gojichain.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run was measured on, for the results file.
 *
 * @param loadAverage the 1/5/15-minute load averages when the run started: other work on the
 *     machine shares its cores with the stack
 * @param cpuPressure Linux PSI: the share of the last 10/60/300 s in which some runnable task waited
 *     for a CPU; near 0 on a quiet machine
 */
record Machine(
        int cores,
        String cpu,
        long memoryMiB,
        String jdk,
        String jvm,
        String os,
        String loadAverage,
        String cpuPressure) {

    static Machine describe() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                totalMemoryMiB(),
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("java.vm.name"),
                osName(),
                currentLoadAverage(),
                currentCpuPressure());
    }

    static String currentCpuPressure() {
        try {
            String some = Files.readAllLines(Path.of("/proc/pressure/cpu")).get(0);
            // some avg10=97.67 avg60=95.75 avg300=95.61 total=...
            String[] f = some.split("\\s+");
            return f[1].substring(6) + "% " + f[2].substring(6) + "% " + f[3].substring(7) + "%";
        } catch (IOException | RuntimeException ex) {
            return "unknown";
        }
    }

    static String currentLoadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException ex) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException ex) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static long totalMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.substring(9).trim().split("\\s+")[0]) / 1024;
                }
            }
        } catch (IOException | RuntimeException ex) {
            // not Linux
        }
        return -1;
    }

    private static String osName() {
        String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        try {
            List<String> lines = Files.readAllLines(Path.of("/etc/os-release"));
            for (String line : lines) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring(12).replace("\"", "") + " (" + kernel + ")";
                }
            }
        } catch (IOException | RuntimeException ex) {
            // no os-release
        }
        return kernel;
    }
}
