package io.gojichain.insights.livestreams;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gojichain.insights.livestreams.LivestreamsReport.LivestreamSession;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/insights/livestreams/{livestreamId}}: the session and what it sold
 * minute by minute.
 *
 * @param minutes minutes with sales, in time order (minutes without sales are left out)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record LivestreamDetail(String zone, LivestreamSession session, List<MinuteSales> minutes) {

    /**
     * @param minute start of the minute, UTC
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MinuteSales(Instant minute, long orders, long units) {}
}
