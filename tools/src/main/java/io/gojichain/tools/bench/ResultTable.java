package io.gojichain.tools.bench;

import java.util.ArrayList;
import java.util.List;

/** The run's summary table, as aligned text for the terminal and as Markdown for the results file. */
final class ResultTable {

    static final List<String> HEADERS = List.of("#", "measurement", "result", "vs Kafka", "target", "status");

    /**
     * One line of the table.
     *
     * @param ratio the result over Kafka's own figure on the same broker, e.g. {@code 0.42x}
     * @param verdict {@code met}, {@code missed} or empty when there is no target
     */
    record Row(String step, String measurement, String result, String ratio, String target, String verdict) {

        List<String> cells() {
            return List.of(this.step, this.measurement, this.result, this.ratio, this.target, this.verdict);
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(Row row) {
        this.rows.add(row);
    }

    List<Row> rows() {
        return List.copyOf(this.rows);
    }

    /** Columns padded to their widest cell, two spaces apart, a dashed rule under the header. */
    String text() {
        int[] widths = new int[HEADERS.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADERS.get(c).length();
        }
        for (Row row : this.rows) {
            List<String> cells = row.cells();
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], cells.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADERS, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        for (Row row : this.rows) {
            line(out, row.cells(), widths);
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", HEADERS)).append(" |\n");
        out.append("|---|---|---:|---:|---|---|\n");
        for (Row row : this.rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row.cells()) {
                cells.add(cell.replace("|", "\\|"));
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            // numbers right-aligned, words left-aligned
            boolean right = c == 2 || c == 3;
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(right ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
