package io.gojichain.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private final AtomicLong now = new AtomicLong();

    @Test
    void linesModePrintsOneLinePerTenPercentWithRateAndEta() {
        Progress progress = progress(Progress.Mode.LINES, 1000);
        for (int done = 50; done <= 1000; done += 50) {
            this.now.addAndGet(100_000_000L); // 50 events per 0.1 s: 500 events/s
            progress.update(done);
        }
        progress.finish(1000);

        String[] lines = text().split("\n");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("demo  10%  100/1,000 events  500 events/s  ETA 1.8s");
        assertThat(lines[9]).isEqualTo("demo 100%  1,000/1,000 events  500 events/s  in 2.0s");
    }

    @Test
    void barModeRedrawsInPlaceAndEndsTheLine() {
        Progress progress = progress(Progress.Mode.BAR, 200);
        this.now.addAndGet(1_000_000_000L);
        progress.update(100);
        this.now.addAndGet(1_000_000_000L);
        progress.finish(200);

        assertThat(text())
                .startsWith("\rdemo [###############---------------]  50%  100/200 events  100 events/s  ETA 1.0s")
                .contains("\rdemo [##############################] 100%  200/200 events  100 events/s  in 2.0s")
                .endsWith("\n");
    }

    @Test
    void offPrintsNothing() {
        Progress progress = progress(Progress.Mode.OFF, 10);
        progress.update(5);
        progress.finish(10);
        assertThat(text()).isEmpty();
    }

    @Test
    void durationsReadNaturally() {
        assertThat(Progress.duration(4.24)).isEqualTo("4.2s");
        assertThat(Progress.duration(37.4)).isEqualTo("37s");
        assertThat(Progress.duration(125)).isEqualTo("2m05s");
    }

    private Progress progress(Progress.Mode mode, long total) {
        return new Progress(
                "demo",
                "events",
                total,
                mode,
                new PrintStream(this.bytes, true, StandardCharsets.UTF_8),
                this.now::get);
    }

    private String text() {
        return this.bytes.toString(StandardCharsets.UTF_8);
    }
}
