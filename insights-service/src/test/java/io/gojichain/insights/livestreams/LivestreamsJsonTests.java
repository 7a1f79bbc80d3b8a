package io.gojichain.insights.livestreams;

import static org.assertj.core.api.Assertions.assertThat;

import io.gojichain.insights.web.StrictJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LivestreamsJsonTests {

    @Test
    void theOpenApiExamplesHaveExactlyTheResponseShapes() {
        LivestreamsReport report = StrictJson.read(LivestreamsExamples.REPORT, LivestreamsReport.class);
        LivestreamDetail detail = StrictJson.read(LivestreamsExamples.DETAIL, LivestreamDetail.class);

        assertThat(report.sessions()).hasSize(2);
        assertThat(report.sessions().get(0).peakMinute().minute()).isEqualTo(Instant.parse("2026-09-17T12:31:00Z"));
        assertThat(detail.minutes()).hasSize(2);
        assertThat(detail.session().revenue()).containsEntry("CNY", "280.00");
    }
}
