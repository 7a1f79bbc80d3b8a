package io.gojichain.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A text progress display on stderr: a bar redrawn in place with {@code \r} on a terminal, a plain
 * line per 10 % otherwise (so CI logs and redirected output stay readable).
 */
public final class Progress {

    /** How progress is shown. */
    public enum Mode {
        BAR,
        LINES,
        OFF;

        /** {@code auto}, {@code bar}, {@code lines} or {@code off}. */
        public static Mode parse(String value) throws UsageException {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "auto":
                    return stderrIsTerminal() ? BAR : LINES;
                case "bar":
                    return BAR;
                case "lines":
                    return LINES;
                case "off":
                case "none":
                    return OFF;
                default:
                    throw new UsageException("--progress must be auto, bar, lines or off, not '" + value + "'");
            }
        }
    }

    private static final int WIDTH = 30;

    private static final long REDRAW_NANOS = 200_000_000L;

    private final String label;

    private final String unit;

    private final long total;

    private final Mode mode;

    private final PrintStream out;

    private final LongSupplier nanoTime;

    private final long startNanos;

    private long lastDrawNanos;

    private boolean drawn;

    private int lastTenth;

    private int lastLength;

    public Progress(String label, String unit, long total, Mode mode, PrintStream out) {
        this(label, unit, total, mode, out, System::nanoTime);
    }

    Progress(String label, String unit, long total, Mode mode, PrintStream out, LongSupplier nanoTime) {
        this.label = label;
        this.unit = unit;
        this.total = Math.max(1, total);
        this.mode = mode;
        this.out = out;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    /** Reports that {@code done} of the total are finished; cheap to call often. */
    public synchronized void update(long done) {
        long now = this.nanoTime.getAsLong();
        if (this.mode == Mode.BAR) {
            if (!this.drawn || now - this.lastDrawNanos >= REDRAW_NANOS || done >= this.total) {
                this.drawn = true;
                this.lastDrawNanos = now;
                String line = "\r" + render(done, now);
                int pad = Math.max(0, this.lastLength - line.length());
                this.out.print(line + " ".repeat(pad));
                this.lastLength = line.length();
                this.out.flush();
            }
        } else if (this.mode == Mode.LINES) {
            int tenth = (int) Math.min(10, done * 10 / this.total);
            if (tenth > this.lastTenth) {
                this.lastTenth = tenth;
                this.out.println(render(done, now));
                this.out.flush();
            }
        }
    }

    /** Draws the final state and ends the bar's line. */
    public synchronized void finish(long done) {
        update(done);
        if (this.mode == Mode.BAR) {
            this.out.println();
            this.out.flush();
        }
    }

    String render(long done, long now) {
        double fraction = Math.min(1.0, (double) done / this.total);
        double seconds = Math.max(1e-9, (now - this.startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(this.label).append(' ');
        if (this.mode == Mode.BAR) {
            int filled = (int) Math.round(fraction * WIDTH);
            line.append('[')
                    .append("#".repeat(filled))
                    .append("-".repeat(WIDTH - filled))
                    .append("] ");
        }
        line.append(String.format(Locale.ROOT, "%3d%%", (int) Math.floor(fraction * 100)))
                .append(String.format(Locale.ROOT, "  %,d/%,d %s", done, this.total, this.unit))
                .append(String.format(Locale.ROOT, "  %,.0f %s/s", rate, this.unit));
        if (done < this.total && rate > 0) {
            line.append("  ETA ").append(duration((this.total - done) / rate));
        } else if (done >= this.total) {
            line.append("  in ").append(duration(seconds));
        }
        return line.toString();
    }

    /** A duration for people: {@code 4.2s}, {@code 37s}, {@code 2m05s}. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return seconds < 10 ? String.format(Locale.ROOT, "%.1fs", seconds) : s + "s";
        }
        return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }

    private static boolean stderrIsTerminal() {
        // System.console() looks at stdin/stdout; what matters here is where stderr goes.
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException ex) {
            return System.console() != null;
        }
    }
}
