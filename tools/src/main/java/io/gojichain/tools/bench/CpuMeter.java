package io.gojichain.tools.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * CPU used by each process over a step, in cores (1.0 = one core busy the whole time), and by the
 * machine as a whole: on a shared 2-core machine that tells whether a number was bounded by the
 * service, by the load generator, or by something else running at the same time.
 */
final class CpuMeter {

    /**
     * @param cores per process
     * @param machineBusyCores all CPUs together
     * @param otherCores the machine minus the processes measured: other programs on the machine
     */
    record Usage(Map<String, Double> cores, double machineBusyCores, double otherCores) {

        /** This usage with one more process (e.g. a tool the bench ran), taken out of "other". */
        Usage with(String name, double used) {
            Map<String, Double> all = new LinkedHashMap<>(this.cores);
            all.put(name, round2(used));
            return new Usage(all, this.machineBusyCores, round2(Math.max(0, this.otherCores - used)));
        }
    }

    private final Map<String, Long> pids;

    private final Map<String, Long> startTicks = new LinkedHashMap<>();

    private final ProcStats.MachineTicks machineStart;

    private final long startNanos;

    private CpuMeter(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.pids.forEach((name, pid) -> {
            OptionalLong ticks = ProcStats.cpuTicks(pid);
            if (ticks.isPresent()) {
                this.startTicks.put(name, ticks.getAsLong());
            }
        });
        this.machineStart = ProcStats.machineTicks();
        this.startNanos = System.nanoTime();
    }

    static CpuMeter start(Map<String, Long> pids) {
        return new CpuMeter(pids);
    }

    Usage stop() {
        double seconds = Math.max(1e-3, (System.nanoTime() - this.startNanos) / 1e9);
        Map<String, Double> cores = new LinkedHashMap<>();
        double ours = 0;
        for (Map.Entry<String, Long> e : this.startTicks.entrySet()) {
            OptionalLong now = ProcStats.cpuTicks(this.pids.get(e.getKey()));
            if (now.isPresent()) {
                double used = (now.getAsLong() - e.getValue()) / (double) ProcStats.CLOCK_TICKS / seconds;
                cores.put(e.getKey(), round2(used));
                ours += used;
            }
        }
        ProcStats.MachineTicks end = ProcStats.machineTicks();
        long total = end.total() - this.machineStart.total();
        double busyShare = total <= 0 ? 0 : (end.busy() - this.machineStart.busy()) / (double) total;
        double machine = busyShare * Runtime.getRuntime().availableProcessors();
        return new Usage(cores, round2(machine), round2(Math.max(0, machine - ours)));
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
