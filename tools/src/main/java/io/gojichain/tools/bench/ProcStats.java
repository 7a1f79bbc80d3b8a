package io.gojichain.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What Linux's {@code /proc} says about a process and the machine: resident memory and CPU time.
 * The parsers are pure (tested on sample text); the readers return empty where {@code /proc} is
 * missing or the process is gone.
 */
final class ProcStats {

    /** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on every common Linux build. */
    static final long CLOCK_TICKS = 100;

    /** Busy and total ticks of all CPUs together, from the first line of {@code /proc/stat}. */
    record MachineTicks(long busy, long total) {}

    private ProcStats() {}

    /** {@code VmRSS} of a {@code /proc/<pid>/status} text, in KiB. */
    static OptionalLong parseRssKiB(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] parts = line.substring(6).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }

    /** utime + stime of a {@code /proc/<pid>/stat} text, in clock ticks. */
    static long parseCpuTicks(String stat) {
        // the command name (field 2) may hold spaces and parentheses: count fields after the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The machine's CPU ticks from the {@code cpu} line of {@code /proc/stat}. */
    static MachineTicks parseMachineTicks(String procStat) {
        String first = procStat.split("\n", 2)[0];
        String[] f = first.trim().split("\\s+");
        // user nice system idle iowait irq softirq steal (guest time is already inside user)
        long user = Long.parseLong(f[1]);
        long nice = Long.parseLong(f[2]);
        long system = Long.parseLong(f[3]);
        long idle = Long.parseLong(f[4]);
        long iowait = f.length > 5 ? Long.parseLong(f[5]) : 0;
        long irq = f.length > 6 ? Long.parseLong(f[6]) : 0;
        long softirq = f.length > 7 ? Long.parseLong(f[7]) : 0;
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        long busy = user + nice + system + irq + softirq + steal;
        return new MachineTicks(busy, busy + idle + iowait);
    }

    static OptionalLong rssKiB(long pid) {
        try {
            return parseRssKiB(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException ex) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong cpuTicks(long pid) {
        try {
            return OptionalLong.of(parseCpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
        } catch (IOException | RuntimeException ex) {
            return OptionalLong.empty();
        }
    }

    static MachineTicks machineTicks() {
        try {
            return parseMachineTicks(Files.readString(Path.of("/proc/stat")));
        } catch (IOException | RuntimeException ex) {
            return new MachineTicks(0, 0);
        }
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException | RuntimeException ex) {
            return "";
        }
    }
}
