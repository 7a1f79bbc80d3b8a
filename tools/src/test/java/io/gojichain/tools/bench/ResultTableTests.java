package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultTableTests {

    private final ResultTable table = new ResultTable();

    ResultTableTests() {
        this.table.add(new ResultTable.Row("1", "Kafka producer-perf", "250,000 rec/s", "1.00x", "", ""));
        this.table.add(
                new ResultTable.Row("2", "Batch ingest, 4 clients", "30,000 events/s", "0.12x", ">= 0.50x", "missed"));
    }

    @Test
    void textAlignsColumnsWordsLeftNumbersRight() {
        assertThat(this.table.text())
                .isEqualTo(String.join(
                        "\n",
                        "#  measurement                       result  vs Kafka  target    status",
                        "-  -----------------------  ---------------  --------  --------  ------",
                        "1  Kafka producer-perf        250,000 rec/s     1.00x",
                        "2  Batch ingest, 4 clients  30,000 events/s     0.12x  >= 0.50x  missed",
                        ""));
    }

    @Test
    void markdownEscapesPipesAndRightAlignsTheNumbers() {
        ResultTable piped = new ResultTable();
        piped.add(new ResultTable.Row("3", "a | b", "1 req/s", "-", "", ""));
        assertThat(piped.markdown())
                .isEqualTo(String.join(
                        "\n",
                        "| # | measurement | result | vs Kafka | target | status |",
                        "|---|---|---:|---:|---|---|",
                        "| 3 | a \\| b | 1 req/s | - |  |  |",
                        ""));
    }
}
