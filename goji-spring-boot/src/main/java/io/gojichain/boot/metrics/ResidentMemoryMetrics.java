package io.gojichain.boot.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code process.resident.memory} (Prometheus: {@code process_resident_memory_bytes}): the resident set size of this
 * JVM, heap and everything off it, as the kernel counts it. The JVM meters show heap and non-heap pools only, which
 * miss thread stacks, direct buffers and allocator overhead; the ops dashboard plots this one. Read from {@code
 * /proc/self/status} (Linux); where that file does not exist the gauge is not registered at all rather than
 * reporting a made-up zero.
 */
public class ResidentMemoryMetrics implements MeterBinder {

    static final Path STATUS = Path.of("/proc/self/status");

    private final Path status;

    public ResidentMemoryMetrics() {
        this(STATUS);
    }

    ResidentMemoryMetrics(Path status) {
        this.status = status;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (Double.isNaN(residentBytes())) {
            return;
        }
        Gauge.builder("process.resident.memory", this, ResidentMemoryMetrics::residentBytes)
                .description("Resident set size of the process (VmRSS)")
                .baseUnit("bytes")
                .register(registry);
    }

    /** VmRSS in bytes, or NaN when it cannot be read. */
    double residentBytes() {
        try {
            for (String line : Files.readAllLines(this.status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:	  123456 kB": the kernel always reports kibibytes here.
                    String[] parts = line.substring("VmRSS:".length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024d;
                }
            }
        } catch (IOException | RuntimeException ex) {
            // Not Linux, or /proc not mounted.
        }
        return Double.NaN;
    }
}
