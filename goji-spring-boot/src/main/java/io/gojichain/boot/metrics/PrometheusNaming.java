package io.gojichain.boot.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Map;

/**
 * Makes the scrape pass {@code promtool check metrics} without lint warnings. Stock meters trip three of its rules,
 * and this filter (Boot applies {@link MeterFilter} beans to the auto-configured registry) rewrites their ids:
 *
 * <ul>
 *   <li><b>Abbreviated units</b> ({@code ms}, {@code ns}, {@code us} as a name segment or base unit, e.g. Kafka's
 *       {@code kafka_producer_io_time_ns_total}, {@code jvm_compilation_time_ms_total}, {@code
 *       process_cpu_time_ns_total}) become {@code millis}, {@code nanos}, {@code micros}. The values stay as they
 *       are: a filter can only rename, and spelling the unit out ({@code nanoseconds}) trips the next rule, "use base
 *       unit seconds".
 *   <li><b>{@code _count} on a gauge</b> (reserved for histograms and summaries): {@code system.cpu.count} becomes
 *       {@code system.cpu.processors}, Kafka's {@code *.connection.count} {@code *.connections}, Kafka Streams'
 *       {@code *.buffer.count} {@code *.buffered.records}, anything else {@code x.count} the plural {@code xs}.
 *   <li><b>No help text</b> (Spring's observation meters such as {@code http.server.requests}, Tomcat's session
 *       meters, some Kafka client metrics): a description is filled in.
 * </ul>
 *
 * <p>Meters the project documents or alerts on ({@code goji_*}, {@code http_server_requests_seconds}, {@code
 * kafka_consumer_fetch_manager_records_lag_max}, {@code process_resident_memory_bytes}, {@code jvm_memory_*}) keep
 * their names.
 */
public class PrometheusNaming implements MeterFilter {

    private static final Map<String, String> UNITS = Map.of("ms", "millis", "ns", "nanos", "us", "micros");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "http.server.requests", "Duration of HTTP server requests",
            "http.server.requests.active", "HTTP server requests in flight");

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = name(id);
        String baseUnit = unit(id.getBaseUnit());
        String description = id.getDescription();
        if (description == null || description.isBlank()) {
            description = DESCRIPTIONS.getOrDefault(id.getName(), describe(name));
        }
        if (name.equals(id.getName()) && equal(baseUnit, id.getBaseUnit()) && description.equals(id.getDescription())) {
            return id;
        }
        return new Meter.Id(name, Tags.of(id.getTagsAsIterable()), baseUnit, description, id.getType());
    }

    private static String name(Meter.Id id) {
        String[] segments = id.getName().split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            segments[i] = UNITS.getOrDefault(segments[i], segments[i]);
        }
        String name = String.join(".", segments);
        if (id.getType() == Meter.Type.GAUGE && name.endsWith(".count")) {
            return withoutCountSuffix(name.substring(0, name.length() - ".count".length()));
        }
        return name;
    }

    /** A gauge name that ended in {@code .count}, without it. */
    private static String withoutCountSuffix(String stem) {
        if (stem.equals("system.cpu")) {
            return "system.cpu.processors";
        }
        if (stem.endsWith(".buffer")) {
            return stem.substring(0, stem.length() - ".buffer".length()) + ".buffered.records";
        }
        return stem.endsWith("s") ? stem + ".number" : stem + "s";
    }

    private static String unit(String baseUnit) {
        return baseUnit == null ? null : UNITS.getOrDefault(baseUnit, baseUnit);
    }

    /** {@code kafka.producer.node.request.latency.avg} reads "Kafka producer node request latency avg". */
    private static String describe(String name) {
        String words = name.replace('.', ' ').replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
