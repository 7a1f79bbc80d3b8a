package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/CONTRACT.md section 5: events carry {@code submittedBy} (and sales {@code sellerId}) since access; insights
 * counts the contract's golden events with them and those from before without them alike.
 */
class ProvenanceTopologyTests {

    @TempDir
    Path stateDir;

    @Test
    void eventsWithAndWithoutSubmittedByAreCountedAlike() throws IOException {
        try (InsightsDriver insights = new InsightsDriver(this.stateDir)) {
            insights.sendRaw(Topics.SOLD, "JD-880021", golden("sold.json")); // stamped
            insights.sendRaw(Topics.SOLD, "DY-3300917", golden("sold-livestream.json")); // from before
            insights.sendRaw(Topics.HARVESTED, "JH-2026-0702-F017", golden("harvested.json"));

            assertThat(insights.counter("goji.insights.events.processed", "type", "sold"))
                    .isEqualTo(2.0);
            assertThat(insights.counter("goji.insights.events.processed", "type", "harvested"))
                    .isEqualTo(1.0);
        }
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = ProvenanceTopologyTests.class.getResourceAsStream("/events/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }
}
