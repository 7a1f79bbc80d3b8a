package io.gojichain.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GojiToolsTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void dispatchesToTheCommandAndExplainsItself() {
        assertThat(run()).isEqualTo(2);
        assertThat(text(this.err)).contains("Usage: java -jar tools/target/tools.jar <command>");
        assertThat(run("--help")).isZero();
        assertThat(text(this.out)).contains("demo").contains("bench");
        assertThat(run("demo", "--help")).isZero();
        assertThat(text(this.out)).contains("Usage: ./goji demo [options]");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(text(this.err)).contains("unknown command 'frobnicate'");
    }

    private int run(String... args) {
        return GojiTools.run(
                List.of(args),
                new PrintStream(this.out, true, StandardCharsets.UTF_8),
                new PrintStream(this.err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
