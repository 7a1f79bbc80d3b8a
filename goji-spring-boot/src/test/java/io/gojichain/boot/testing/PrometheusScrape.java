package io.gojichain.boot.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** One scrape of {@code /actuator/prometheus} in the text format (0.0.4), parsed into series for assertions. */
public final class PrometheusScrape {

    /** Anything that looks like a UUID: an id that became a tag (or a name), i.e. unbounded cardinality. */
    public static final Pattern UUID_LIKE =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /**
     * One sample.
     *
     * @param name the series name as exposed, e.g. {@code goji_ingest_events_accepted_total}
     * @param labels its labels in exposition order
     * @param value its value
     */
    public record Series(String name, Map<String, String> labels, double value) {}

    private final String text;

    private final List<Series> series;

    private PrometheusScrape(String text, List<Series> series) {
        this.text = text;
        this.series = series;
    }

    public static PrometheusScrape parse(String text) {
        List<Series> series = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                series.add(parseLine(line));
            }
        }
        return new PrometheusScrape(text, series);
    }

    public String text() {
        return this.text;
    }

    /** Every sample of a series name. */
    public List<Series> series(String name) {
        return this.series.stream().filter(s -> s.name().equals(name)).toList();
    }

    /** The sum of the samples of {@code name} whose labels include {@code labels} (0 when there is none). */
    public double sum(String name, Map<String, String> labels) {
        return series(name).stream()
                .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Series::value)
                .sum();
    }

    /** The one sample of {@code name} with exactly these labels; fails when it is not exposed. */
    public double value(String name, Map<String, String> labels) {
        return series(name).stream()
                .filter(s -> s.labels().equals(labels))
                .mapToDouble(Series::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name + labels + " in the scrape"));
    }

    /** The values a label takes on the series whose names start with {@code prefix}. */
    public Set<String> labelValues(String prefix, String label) {
        Set<String> values = new TreeSet<>();
        for (Series s : this.series) {
            if (s.name().startsWith(prefix) && s.labels().containsKey(label)) {
                values.add(s.labels().get(label));
            }
        }
        return values;
    }

    /** The samples whose name or a label value matches {@code pattern} somewhere. */
    public List<Series> seriesMatching(Pattern pattern) {
        return this.series.stream()
                .filter(s -> pattern.matcher(s.name()).find()
                        || s.labels().values().stream()
                                .anyMatch(value -> pattern.matcher(value).find()))
                .toList();
    }

    private static Series parseLine(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            rest = parseLabels(line, brace + 1, labels);
        } else {
            name = line.substring(0, space);
            rest = space;
        }
        String[] value = line.substring(rest).trim().split("\\s+");
        return new Series(name, labels, number(value[0]));
    }

    /** Reads {@code a="x",b="y\"z"}} from {@code from}; returns the index after the closing brace. */
    private static int parseLabels(String line, int from, Map<String, String> labels) {
        int i = from;
        while (line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String key = line.substring(i, equals);
            StringBuilder value = new StringBuilder();
            int j = equals + 2; // past ="
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            labels.put(key, value.toString());
            i = j + 1;
            if (line.charAt(i) == ',') {
                i++;
            }
        }
        return i + 1;
    }

    private static double number(String text) {
        switch (text) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(text);
        }
    }
}
