package io.gojichain.tools.bench;

import io.gojichain.tools.stack.StackProcess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The processes of the stack the bench reports on, found in the stack's process table ({@link StackProcess}). */
final class StackProcesses {

    static final List<String> NAMES =
            List.of("kafka", "harvest-service", "processing-service", "sales-service", "insights-service");

    private StackProcesses() {}

    /** Name to pid of every stack process that runs; the bench's own JVM as {@code bench}. */
    static Map<String, Long> find(Path home) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : NAMES) {
            StackProcess.find(home, name).ifPresent(process -> pids.put(name, process.pid()));
        }
        pids.put("bench", ProcessHandle.current().pid());
        return pids;
    }
}
