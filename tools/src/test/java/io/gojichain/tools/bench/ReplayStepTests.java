package io.gojichain.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayStepTests {

    @Test
    void caughtUpOnlyWhenEveryTypeIsCountedAsFarAsTheReference() {
        Map<String, Long> reference = Map.of("harvested", 10L, "sold", 1000L);
        assertThat(ReplayStep.covers(Map.of("harvested", 10L, "sold", 1000L, "dried", 0L), reference))
                .isTrue();
        assertThat(ReplayStep.covers(Map.of("harvested", 10L, "sold", 999L), reference))
                .isFalse();
        assertThat(ReplayStep.covers(Map.of("sold", 1000L), reference)).isFalse();
    }
}
