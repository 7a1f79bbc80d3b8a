package io.gojichain.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes {@code ./goji up} started, found through its pid files ({@code .goji/run/NAME.pid},
 * the pid on the first line). A pid is only trusted when its command line carries goji's
 * {@code -Dgoji.process=NAME} mark: pids are reused.
 */
final class StackProcesses {

    static final List<String> NAMES =
            List.of("kafka", "harvest-service", "processing-service", "sales-service", "insights-service");

    private StackProcesses() {}

    /** Name to pid of every stack process that runs; the bench's own JVM as {@code bench}. */
    static Map<String, Long> find(Path home) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = home.resolve(".goji").resolve("run").resolve(name + ".pid");
            try {
                List<String> lines = Files.readAllLines(file);
                if (lines.isEmpty()) {
                    continue;
                }
                long pid = Long.parseLong(lines.get(0).trim());
                if (ProcStats.commandLine(pid).contains("-Dgoji.process=" + name + " ")) {
                    pids.put(name, pid);
                }
            } catch (IOException | NumberFormatException ex) {
                // not started by goji in this checkout: reported as missing
            }
        }
        pids.put("bench", ProcessHandle.current().pid());
        return pids;
    }
}
