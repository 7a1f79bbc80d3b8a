package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class ClosedLoopTests {

    @Test
    void countsAnswersInTheWindowAndEveryAcceptedRequest() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        LongAdder accepted = new LongAdder();
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        // every third request fails: the failures are counted as errors, never as accepted
        ClosedLoop.Level level = ClosedLoop.run(
                3,
                Duration.ofMillis(50),
                Duration.ofMillis(300),
                () -> calls.incrementAndGet() % 3 == 0 ? 503 : 202,
                accepted,
                new ClosedLoop.Window() {
                    @Override
                    public void opened() {
                        opened.incrementAndGet();
                    }

                    @Override
                    public void closed() {
                        closed.incrementAndGet();
                    }
                });
        assertThat(level.clients()).isEqualTo(3);
        assertThat(level.completed()).isPositive();
        assertThat(level.errors()).isPositive();
        assertThat(level.firstError()).isEqualTo("HTTP 503");
        assertThat(accepted.sum()).isGreaterThanOrEqualTo(level.completed());
        assertThat(accepted.sum()).isLessThan(calls.get());
        assertThat(level.perSecond()).isEqualTo(level.completed() / 0.3);
        assertThat(level.latency().count()).isEqualTo(level.completed());
        assertThat(opened.get()).isEqualTo(1);
        assertThat(closed.get()).isEqualTo(1);
    }
}
