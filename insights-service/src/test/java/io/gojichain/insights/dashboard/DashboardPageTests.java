package io.gojichain.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the page needs from the service, over plain HTTP (these run where no browser is installed):
 * the page at {@code /}, its script, style and icon, the chart library from the webjar at the path
 * the page names, and the calendar.
 */
class DashboardPageTests extends DashboardServiceContext {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theRootServesThePageWithItsAssets() throws Exception {
        HttpResponse<String> page = get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("Goji Chain Insights · Dashboard</title>")
                .contains("src=\"dashboard.js\"", "src=\"page.js\"", "src=\"i18n.js\"")
                .contains("href=\"dashboard.css\"")
                .doesNotContain("http://", "https://");
        for (String asset : new String[] {
            "dashboard.js", "page.js", "i18n.js", "dashboard.css", "favicon.svg", "farmer.html", "farmer.js"
        }) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void theChartLibraryComesFromTheWebjarAtThePathThePageNames() throws Exception {
        Matcher script = Pattern.compile("src=\"(webjars/echarts/[^\"]+)\"").matcher(get("").body());
        assertThat(script.find()).as("the page loads ECharts from the webjar").isTrue();

        HttpResponse<String> library = get(script.group(1));

        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("echarts").hasSizeGreaterThan(500_000);
    }

    @Test
    void theCalendarIsTodayAndTheSeasonInTheInsightsZone() throws Exception {
        HttpResponse<String> calendar = get("dashboard/calendar");

        assertThat(calendar.statusCode()).isEqualTo(200);
        // 2026-09-14T04:00Z is noon in Asia/Shanghai
        assertThat(calendar.body())
                .isEqualTo("{\"zone\":\"Asia/Shanghai\",\"today\":\"2026-09-14\","
                        + "\"season\":{\"from\":\"2026-06-01\",\"to\":\"2026-09-14\"}}");
        assertThat(calendar.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void slashDashboardLeadsToThePage() throws Exception {
        HttpResponse<String> redirect = get("dashboard");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(URI.create(baseUrl() + "dashboard")
                        .resolve(redirect.headers().firstValue("Location").orElseThrow()))
                .isEqualTo(URI.create(baseUrl()));
    }

    @Test
    void thePagesCarryAContentSecurityPolicyAndNoInlineScript() throws Exception {
        for (String page : new String[] {"", "index.html", "farmer.html"}) {
            HttpResponse<String> response = get(page);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(page)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-eval")
                            .doesNotContain("script-src 'self' 'unsafe-inline'"));
            // what the policy would block: a script without src, or an inline event handler
            assertThat(response.body())
                    .as(page)
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+\\s*=");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return this.http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
