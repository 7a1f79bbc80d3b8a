package io.gojichain.insights.dashboard;

import io.gojichain.insights.InsightsProperties;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the dashboard page asks the service besides the insight endpoints. The page itself is
 * {@code static/index.html}, which Boot serves at {@code /}. Hidden from the OpenAPI description:
 * these are the page's, not the public API.
 */
@RestController
@Hidden
class DashboardController {

    private final InsightsProperties properties;

    private final Clock clock;

    DashboardController(InsightsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Today and the season in the insights zone; it reads no store, so it answers while Streams starts. */
    @GetMapping(path = "/dashboard/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DashboardCalendar> calendar() {
        LocalDate today = LocalDate.now(this.clock.withZone(this.properties.zone()));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(DashboardCalendar.of(this.properties.zone().getId(), today));
    }

    /** A bookmark of {@code /dashboard} finds the page too (relative, so it works behind a path prefix). */
    @GetMapping("/dashboard")
    ResponseEntity<Void> page() {
        return ResponseEntity.status(302).location(URI.create("./")).build();
    }
}
