package io.gojichain.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gojichain.boot.testing.TestKeys;
import io.gojichain.contracts.ProductForm;
import io.gojichain.insights.facts.SalesFact;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser: headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}) driven by Selenium against the whole service answering from known facts.
 * Every expected number is worked out by hand from {@link DashboardData#handWritten()}, or summed
 * here from the generated season, never read back from the service. Skipped where Chromium or its
 * driver is not installed; {@code .ci/run} installs both.
 *
 * <p>{@code -Ddashboard.screenshot=../docs/dashboard.png} also writes the README's screenshot
 * there; it always goes to {@code target/dashboard.png}.
 */
class DashboardBrowserTests extends DashboardServiceContext {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Generous: the machine is shared by parallel builds; nothing here measures speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final List<String> PANELS =
            List.of("demand", "signals", "mix", "value", "livestreams", "supply", "forecast");

    private static final List<String> CHARTS = List.of("demand", "mix", "value", "livestreams", "supply", "forecast");

    /** docs/CONTRACT.md defaults, restated rather than read from the service's configuration. */
    private static final Map<ProductForm, BigDecimal> FACTORS = new EnumMap<>(Map.of(
            ProductForm.FRESH, new BigDecimal("1.0"),
            ProductForm.DRIED, new BigDecimal("4.5"),
            ProductForm.NFC_JUICE, new BigDecimal("1.3"),
            ProductForm.PULP, new BigDecimal("1.15")));

    private static ChromeDriverService service;

    private static ChromeDriver browser;

    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the dashboard browser tests: " + CHROMIUM + " or " + CHROMEDRIVER + " is not installed"
                        + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        // never let Selenium Manager look for (or download) a browser or driver: use the system's
        System.setProperty("SE_OFFLINE", "true");
        profile = Files.createTempDirectory("dashboard-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1440,1800",
                "--lang=en-US");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        browser = new ChromeDriver(service, options);
        // The page's API calls need the analyst's key (docs/CONTRACT.md section 5): until the page signs in by
        // itself (its sign-in panel keeps the key in sessionStorage under goji.analystKey), the browser sends it on
        // every request, as a signed-in page does.
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", TestKeys.ANALYST.bearer())));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @BeforeEach
    void emptyConsole() {
        console(); // drop what earlier tests left in the log
    }

    @Test
    void everyPanelDrawsTheFactsOfTheLast30Days() {
        open("");

        // KPIs over 2026-08-16..2026-09-14, all sales but the one of 2026-08-10:
        // feKg 18 + 30 + 22.5 + 65 + 23 + 27 + 130 + 20; revenue 360 + 540 + 450 + 2400 + 360 + 540 + 4800 + 360
        assertTotal("total-feKg", "335.5", "335.5");
        assertTotal("total-revenue", "CN¥9,810.00", "CNY=9810.00");
        assertTotal("total-orders", "91", "91"); // 8 + 5 + 6 + 20 + 2 + 6 + 40 + 4
        assertTotal("total-units", "684", "684"); // 8 + 30 + 10 + 200 + 4 + 12 + 400 + 20
        assertThat(text("period")).isEqualTo("16 Aug 2026 – 14 Sept 2026 · 30 days · Asia/Shanghai");
        assertThat(pressedPreset()).isEqualTo("30");

        CHARTS.forEach(chart -> assertThat(browser.findElements(By.cssSelector("#chart-" + chart + " svg")))
                .as("an SVG chart in " + chart)
                .isNotEmpty());
        PANELS.forEach(panel -> assertThat(panelState(panel)).as(panel).isEqualTo("ready"));
        // ECharts' aria option describes each chart to screen readers
        CHARTS.forEach(
                chart -> assertThat(browser.findElement(By.id("chart-" + chart)).getAttribute("aria-label"))
                        .as("aria-label of " + chart)
                        .isNotBlank());
        // every form control has a label
        assertThat(browser.findElements(By.cssSelector("input")))
                .allSatisfy(input -> assertThat(
                                browser.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")))
                        .isNotEmpty());

        // demand: one stacked series per form, one bar per day of the 30
        List<Series> demand = series("demand");
        assertThat(demand)
                .extracting(Series::id)
                .containsExactly("demand-fresh", "demand-dried", "demand-nfc_juice", "demand-pulp");
        demand.forEach(s -> assertThat(s.values()).hasSize(30));
        assertThat(seriesById(demand, "demand-nfc_juice").sum()).isCloseTo(195.0, within(1e-9)); // 65 + 130
        assertThat(seriesById(demand, "demand-dried").values().get(4)).isEqualTo(18.0); // 2026-08-20
        assertThat(keyTotals("demand-total"))
                .containsExactly(
                        Map.entry("fresh", "50"),
                        Map.entry("dried", "67.5"),
                        Map.entry("nfc_juice", "195"),
                        Map.entry("pulp", "23"));

        // sales mix: revenue 7200, 1350, 900, 360 of 9810; feKg 195, 67.5, 50, 23 of 335.5
        assertThat(series("mix")).extracting(Series::name).containsExactly("Revenue", "feKg");
        assertThat(rows("mix-row", "mix-revenue-share"))
                .containsExactly(
                        Map.entry("fresh", "9.2%"),
                        Map.entry("dried", "13.8%"),
                        Map.entry("nfc_juice", "73.4%"),
                        Map.entry("pulp", "3.7%"));
        assertThat(rows("mix-row", "mix-feKg-share"))
                .containsExactly(
                        Map.entry("fresh", "14.9%"),
                        Map.entry("dried", "20.1%"),
                        Map.entry("nfc_juice", "58.1%"),
                        Map.entry("pulp", "6.9%"));

        // value per fresh kg, best first: 7200 / 195, 1350 / 67.5, 900 / 50, 360 / 23
        Series value = series("value").get(0);
        assertThat(value.values()).containsExactly(36.92, 20.0, 18.0, 15.65);
        assertThat(axis("value", "yAxis")).containsExactly("NFC juice", "Dried", "Fresh", "Pulp");
        // realized price per kg or L: 7200 / 150 L, 1350 / 15 kg, 900 / 50 kg, 360 / 20 L
        assertThat(keyTotals("price"))
                .containsExactly(
                        Map.entry("nfc_juice", "48.00"),
                        Map.entry("dried", "90.00"),
                        Map.entry("fresh", "18.00"),
                        Map.entry("pulp", "18.00"));

        // supply as of 2026-09-14 over all days: fresh 1000 harvested - 767.5 processed; dried 100 kg x 4.5;
        // juice 200 L x 1.3; pulp 50 L x 1.15. Sold: fresh 50, dried 4.5 + 67.5, juice 195, pulp 23.
        assertThat(seriesById(series("supply"), "produced").values()).containsExactly(232.5, 450.0, 260.0, 57.5);
        assertThat(seriesById(series("supply"), "sold").values()).containsExactly(50.0, 72.0, 195.0, 23.0);
        // cover = stock x 7 / feKg sold in 2026-09-08..14: 182.5 x 7 / 20, 378 x 7 / 27, 65 x 7 / 130; pulp sold none
        Map<String, String> cover = rows("supply-row", "cover", "data-value");
        assertThat(new BigDecimal(cover.get("fresh"))).isEqualByComparingTo("63.875");
        assertThat(new BigDecimal(cover.get("dried"))).isEqualByComparingTo("98");
        assertThat(new BigDecimal(cover.get("nfc_juice"))).isEqualByComparingTo("3.5");
        assertThat(cover.get("pulp")).isEmpty();
        assertThat(rows("supply-row", "cover"))
                .containsEntry("nfc_juice", "3.5 d")
                .containsEntry("pulp", "–");
        // juice covers under the signals' 7 days: flagged low, or short if the forecast also exceeds the stock
        assertThat(browser.findElements(By.cssSelector("[data-testid=supply-row] [data-testid=supply-flag]")))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.findElement(By.xpath("ancestor::tr")).getAttribute("data-key"))
                            .isEqualTo("nfc_juice");
                    assertThat(flag.getText()).isIn("Low cover", "Shortfall");
                });

        // forecast: every form sold, so each has its history and 14 forecast days (+ today, where the dashed
        // line joins the solid one) on 28 days of history + 14
        List<Series> forecast = series("forecast");
        assertThat(forecast)
                .extracting(Series::id)
                .containsExactly(
                        "history-fresh",
                        "forecast-fresh",
                        "history-dried",
                        "forecast-dried",
                        "history-nfc_juice",
                        "forecast-nfc_juice",
                        "history-pulp",
                        "forecast-pulp");
        forecast.forEach(s -> assertThat(s.values()).hasSize(42));
        forecast.stream()
                .filter(s -> s.id().startsWith("forecast-"))
                .forEach(s -> assertThat(s.present()).as(s.id()).isEqualTo(15));
        assertThat(axis("forecast", "xAxis")).startsWith("18 Aug").endsWith("28 Sept");
        assertThat(browser.findElements(By.cssSelector("[data-testid=forecast-next7]")))
                .hasSize(4);

        // livestreams by feKg: 62.5 L, 50 L, 37.5 L x 1.3; totals 150 L x 1.3 and 3000 + 2400 + 1800
        assertThat(series("livestreams").get(0).values()).containsExactly(81.25, 65.0, 48.75);
        assertThat(axis("livestreams", "yAxis")).containsExactly("dy-0910", "dy-0903", "ks-0910");
        assertTotal("livestream-sessions", "3", "3");
        assertTotal("livestream-feKg", "195", "195");
        assertTotal("livestream-revenue", "CN¥7,200.00", "CNY=7200.00");

        // signals over 30 days: juice stock 260 - 195 = 65 feKg, 130 feKg sold in the last 7 days
        assertThat(signals())
                .anySatisfy(sentence -> assertThat(sentence)
                        .startsWith("NFC juice stock covers 3.5 days of sales (65.0 feKg in stock, 18.6 feKg a day"
                                + " over the last 7 days)"));

        assertNoConsoleErrors();
    }

    @Test
    void theSevenDayPresetShowsTheWeekAndItsSurgeSignal() {
        open("");
        int before = refreshes();

        browser.findElement(By.cssSelector("[data-preset='7']")).click();
        awaitRefreshAfter(before);

        // 2026-09-08..14: 27 + 130 + 20 feKg; 540 + 4800 + 360 CNY; 6 + 40 + 4 orders; 12 + 400 + 20 units
        assertTotal("total-feKg", "177", "177");
        assertTotal("total-revenue", "CN¥5,700.00", "CNY=5700.00");
        assertTotal("total-orders", "50", "50");
        assertTotal("total-units", "432", "432");
        assertThat(pressedPreset()).isEqualTo("7");
        assertThat(browser.getCurrentUrl()).endsWith("?preset=7");
        // against 2026-09-01..07: 22.5 + 65 + 23 = 110.5 feKg, 450 + 2400 + 360 = 3210 CNY;
        // 177 / 110.5 - 1 = 60.18 %, 5700 / 3210 - 1 = 77.57 %
        assertThat(text("demand-change")).isEqualTo("▲ 60.2% on the previous 7 days");
        assertThat(text("revenue-change")).isEqualTo("▲ 77.6% on the previous 7 days");
        series("demand").forEach(s -> assertThat(s.values()).hasSize(7));
        // juice in Guangdong: 100 L x 1.3 = 130 feKg against 50 L x 1.3 = 65 the week before, 40 orders against 20:
        // change score 65 / sqrt(130^2 / 40 + 65^2 / 20) = 2.58
        assertThat(signals())
                .contains("NFC juice demand up 100% week on week in Guangdong (130 feKg vs 65.0): shift fresh lots"
                        + " to juicing");
        WebElement surge = browser.findElement(By.cssSelector("[data-testid=signal][data-kind=demand_surge]"));
        assertThat(surge.getAttribute("data-severity")).isEqualTo("action");
        assertThat(surge.getText()).contains("for farmers, processors");
        assertNoConsoleErrors();
    }

    @Test
    void thePageReadsInChineseAndItsSwitchGoesBackToEnglish() {
        open("?preset=7&lang=zh-CN");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(text("h-demand")).isEqualTo("需求走势");
        assertThat(text("h-supply")).isEqualTo("供给与需求");
        // the same figures as in English (see theSevenDayPresetShowsTheWeekAndItsSurgeSignal), Chinese formats
        assertTotal("total-revenue", "¥5,700.00", "CNY=5700.00");
        assertTotal("total-feKg", "177", "177");
        assertThat(text("period")).isEqualTo("2026年9月8日 – 2026年9月14日 · 7 天 · Asia/Shanghai");
        assertThat(text("demand-change")).isEqualTo("较前 7 天 ▲ 60.2%");
        // the week's value per fresh kg, best first: juice 4800 / 130, dried 540 / 27, fresh 360 / 20
        assertThat(axis("value", "yAxis")).containsExactly("NFC 原汁", "干果", "鲜果");
        assertThat(series("mix")).extracting(Series::name).containsExactly("收入", "鲜果当量");
        assertThat(rows("supply-row", "cover")).containsEntry("pulp", "–");
        assertThat(browser.findElement(By.cssSelector("[data-testid=signal][data-kind=demand_surge]"))
                        .getText())
                .contains("面向农户、加工厂");

        int before = refreshes();
        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        awaitRefreshAfter(before);

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text("h-demand")).isEqualTo("Demand over time");
        assertTotal("total-revenue", "CN¥5,700.00", "CNY=5700.00");
        assertThat(text("demand-change")).isEqualTo("▲ 60.2% on the previous 7 days");
        assertThat(axis("value", "yAxis")).containsExactly("NFC juice", "Dried", "Fresh");
        assertNoConsoleErrors();
    }

    @Test
    void demandSwitchesToChannelAndRegion() {
        open("?preset=7");

        int before = refreshes();
        browser.findElement(By.cssSelector("label[for='dim-channel']")).click();
        awaitRefreshAfter(before);

        assertThat(series("demand"))
                .extracting(Series::id)
                .containsExactly("demand-online", "demand-livestream", "demand-offline");
        // dried online 27, juice livestream 130, fresh offline 20
        assertThat(keyTotals("demand-total"))
                .containsExactly(Map.entry("online", "27"), Map.entry("livestream", "130"), Map.entry("offline", "20"));
        assertThat(text("demand-sub")).isEqualTo("Fresh-equivalent kg per day, stacked by channel");
        assertThat(browser.getCurrentUrl()).endsWith("?preset=7&dimension=channel");

        before = refreshes();
        browser.findElement(By.cssSelector("label[for='dim-region']")).click();
        awaitRefreshAfter(before);

        // provinces by demand, largest first
        assertThat(keyTotals("demand-total"))
                .containsExactly(
                        Map.entry("Guangdong", "130"), Map.entry("Zhejiang", "27"), Map.entry("Xinjiang", "20"));
        assertTotal("total-feKg", "177", "177");
        assertNoConsoleErrors();
    }

    @Test
    void aTypedPeriodAndTheSeasonAreAskedForAsShown() {
        open("");
        int before = refreshes();

        browser.executeScript("document.getElementById('from').value = '2026-09-01';"
                + "document.getElementById('to').value = '2026-09-10';");
        browser.findElement(By.cssSelector("#period-form button[type=submit]")).click();
        awaitRefreshAfter(before);

        // 2026-09-01..10: 22.5 + 65 + 23 + 27 + 130 feKg; 450 + 2400 + 360 + 540 + 4800 CNY
        assertTotal("total-feKg", "267.5", "267.5");
        assertTotal("total-revenue", "CN¥8,550.00", "CNY=8550.00");
        assertTotal("total-orders", "74", "74"); // 6 + 20 + 2 + 6 + 40
        assertTotal("total-units", "626", "626"); // 10 + 200 + 4 + 12 + 400
        series("demand").forEach(s -> assertThat(s.values()).hasSize(10));
        assertThat(pressedPreset()).isNull();
        assertThat(browser.getCurrentUrl()).endsWith("?from=2026-09-01&to=2026-09-10");

        before = refreshes();
        browser.findElement(By.cssSelector("[data-preset='season']")).click();
        awaitRefreshAfter(before);

        // 2026-06-01..09-14: every sale, 4.5 feKg and 90 CNY of 2026-08-10 included
        assertTotal("total-feKg", "340", "340");
        assertTotal("total-revenue", "CN¥9,900.00", "CNY=9900.00");
        assertThat(text("period")).startsWith("1 Jun 2026 – 14 Sept 2026 · 106 days");
        series("demand").forEach(s -> assertThat(s.values()).hasSize(106));
        assertNoConsoleErrors();
    }

    @Test
    void afterTheSeasonThePageOpensOnTheSeasonJustEnded() {
        CLOCK.set(Instant.parse("2026-11-28T01:00:00Z"));
        open("");

        assertThat(pressedPreset()).isEqualTo("season");
        assertThat(text("period")).isEqualTo("1 Jun 2026 – 31 Oct 2026 · 153 days · Asia/Shanghai");
        // every sale of the facts: 335.5 of the 30-day view + 4.5 of 2026-08-10
        assertTotal("total-feKg", "340", "340");
        series("demand").forEach(s -> assertThat(s.values()).hasSize(153));
        // the URL stays without a preset: tomorrow the page chooses again
        assertThat(browser.getCurrentUrl()).isEqualTo(baseUrl());
        assertNoConsoleErrors();
    }

    @Test
    void whileInsightsAreNotReadyThePageSaysSoAndRecoversByItself() {
        FACTS.notReady(true);
        open("");

        assertThat(mainState()).isEqualTo("not-ready");
        WebElement banner = browser.findElement(By.cssSelector("[data-testid=banner]"));
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getText()).startsWith("Insights not ready (503), retrying in 2 s");
        assertThat(text("status")).isEqualTo("Insights not ready (503), retrying in 2 s");
        PANELS.forEach(panel -> assertThat(panelState(panel)).as(panel).isEqualTo("not-ready"));
        assertThat(browser.findElement(By.cssSelector("#panel-demand .panel-message"))
                        .getText())
                .isEqualTo("Insights not ready (503), retrying.");
        assertThat(text("total-feKg")).isEqualTo("–");
        // Chromium records each 503 answer itself; the page adds nothing to the console
        assertNoConsoleErrorsBut(503);

        FACTS.notReady(false);

        // the page retries after the Retry-After of the 503 (2 s), without a reload
        await().atMost(PATIENCE).until(() -> "ready".equals(mainState()));
        assertTotal("total-feKg", "335.5", "335.5");
        assertThat(browser.findElement(By.cssSelector("[data-testid=banner]")).isDisplayed())
                .isFalse();
        PANELS.forEach(panel -> assertThat(panelState(panel)).as(panel).isEqualTo("ready"));
        // the retries before the switch was turned back may have logged more 503s; nothing else
        assertNoConsoleErrorsBut(503);
    }

    @Test
    void aMissingEndpointLeavesItsPanelUnavailableAndTheOthersDrawn() {
        MISSING.add("/api/v1/insights/forecast");
        MISSING.add("/api/v1/insights/signals");
        open("");

        assertThat(mainState()).isEqualTo("ready");
        for (String panel : List.of("forecast", "signals")) {
            assertThat(panelState(panel)).as(panel).isEqualTo("unavailable");
            assertThat(browser.findElement(By.cssSelector("#panel-" + panel + " .panel-message"))
                            .getText())
                    .isEqualTo("Unavailable: this service does not offer this insight yet (404).");
        }
        Stream.of("demand", "mix", "value", "livestreams", "supply")
                .forEach(panel -> assertThat(panelState(panel)).as(panel).isEqualTo("ready"));
        assertTotal("total-feKg", "335.5", "335.5");
        assertThat(browser.findElement(By.cssSelector("[data-testid=banner]")).isDisplayed())
                .isFalse();
        assertNoConsoleErrorsBut(404);
    }

    @Test
    void aSeasonOfDemoDataFillsEveryPanelForTheReadmeScreenshot() throws IOException {
        DashboardData season = DashboardData.demoSeason();
        FACTS.replaceWith(season);
        open("");

        PANELS.forEach(panel -> assertThat(panelState(panel)).as(panel).isEqualTo("ready"));
        CHARTS.forEach(chart -> assertThat(series(chart)).as(chart).isNotEmpty());
        series("demand").forEach(s -> assertThat(s.values()).hasSize(30));
        assertThat(series("livestreams").get(0).values()).hasSize(10);
        assertThat(signals()).isNotEmpty();

        // the 30-day totals, summed here from the generated facts
        LocalDate from = DashboardData.TODAY.minusDays(29);
        BigDecimal feKg = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        long orders = 0;
        long units = 0;
        for (SalesFact sale : season.sales()) {
            if (!sale.day().isBefore(from)) {
                feKg = feKg.add(sale.volume().multiply(FACTORS.get(sale.productForm())));
                revenue = revenue.add(sale.revenue());
                orders += sale.orders();
                units += sale.units();
            }
        }
        assertThat(new BigDecimal(value("total-feKg"))).isEqualByComparingTo(feKg);
        assertThat(value("total-revenue"))
                .isEqualTo("CNY=" + revenue.setScale(2).toPlainString());
        assertThat(value("total-orders")).isEqualTo(Long.toString(orders));
        assertThat(value("total-units")).isEqualTo(Long.toString(units));
        assertNoConsoleErrors();

        byte[] png = fullPageScreenshot();
        Files.write(Files.createDirectories(Path.of("target")).resolve("dashboard.png"), png);
        String docs = System.getProperty("dashboard.screenshot");
        if (docs != null && !docs.isBlank()) {
            Path target = Path.of(docs);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.write(target, png);
        }
        assertThat(png).hasSizeGreaterThan(50_000);
    }

    // ---------- page access ----------

    private void open(String query) {
        browser.get(baseUrl() + query);
        await().atMost(PATIENCE).until(() -> refreshes() >= 1);
    }

    private int refreshes() {
        Object count = browser.executeScript("return Number(document.querySelector('main').dataset.refreshes || 0);");
        return ((Number) Objects.requireNonNull(count)).intValue();
    }

    private void awaitRefreshAfter(int count) {
        await().atMost(PATIENCE).until(() -> refreshes() > count);
    }

    /** The whole page: the window is made as tall as the page for the picture, then put back. */
    private byte[] fullPageScreenshot() {
        Dimension before = browser.manage().window().getSize();
        try {
            long page = ((Number) Objects.requireNonNull(
                            browser.executeScript("return Math.ceil(document.documentElement.scrollHeight);")))
                    .longValue();
            long frame = ((Number) Objects.requireNonNull(
                            browser.executeScript("return window.outerHeight - window.innerHeight;")))
                    .longValue();
            browser.manage().window().setSize(new Dimension(before.getWidth(), (int) (page + frame)));
            await().atMost(PATIENCE)
                    .until(() -> ((Number) Objects.requireNonNull(browser.executeScript("return window.innerHeight;")))
                                    .longValue()
                            >= page);
            settle();
            return browser.getScreenshotAs(OutputType.BYTES);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** Two animation frames: the charts' last drawing has reached the screen. */
    private void settle() {
        browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
    }

    private String mainState() {
        return browser.findElement(By.tagName("main")).getAttribute("data-state");
    }

    private String panelState(String panel) {
        return browser.findElement(By.id("panel-" + panel)).getAttribute("data-state");
    }

    private String text(String testIdOrId) {
        List<WebElement> byTestId = browser.findElements(By.cssSelector("[data-testid='" + testIdOrId + "']"));
        return (byTestId.isEmpty() ? browser.findElement(By.id(testIdOrId)) : byTestId.get(0)).getText();
    }

    private String value(String testId) {
        return browser.findElement(By.cssSelector("[data-testid='" + testId + "']"))
                .getAttribute("data-value");
    }

    private void assertTotal(String testId, String shown, String exact) {
        assertThat(text(testId)).as(testId).isEqualTo(shown);
        String actual = value(testId);
        if (exact.matches("-?\\d+(\\.\\d+)?")) {
            assertThat(new BigDecimal(actual)).as(testId + " data-value").isEqualByComparingTo(exact);
        } else {
            assertThat(actual).as(testId + " data-value").isEqualTo(exact);
        }
    }

    private @Nullable String pressedPreset() {
        List<WebElement> pressed = browser.findElements(By.cssSelector("[data-preset][aria-pressed='true']"));
        return pressed.isEmpty() ? null : pressed.get(0).getAttribute("data-preset");
    }

    /** data-key -> data-value of every element with this test id, in page order. */
    private Map<String, String> keyTotals(String testId) {
        Map<String, String> totals = new LinkedHashMap<>();
        browser.findElements(By.cssSelector("[data-testid='" + testId + "']"))
                .forEach(e -> totals.put(e.getAttribute("data-key"), e.getAttribute("data-value")));
        return totals;
    }

    private Map<String, String> rows(String rowTestId, String cellTestId) {
        return rows(rowTestId, cellTestId, null);
    }

    /** data-key of each row -> the text (or an attribute) of its cell with {@code cellTestId}. */
    private Map<String, String> rows(String rowTestId, String cellTestId, @Nullable String attribute) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("[data-testid='" + rowTestId + "']"))) {
            WebElement cell = row.findElement(By.cssSelector("[data-testid='" + cellTestId + "']"));
            cells.put(row.getAttribute("data-key"), attribute == null ? cell.getText() : cell.getAttribute(attribute));
        }
        return cells;
    }

    private List<String> signals() {
        return browser.findElements(By.cssSelector("[data-testid=signal] .signal-sentence")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The series of the ECharts instance in {@code #chart-<name>}, as the page set them. */
    @SuppressWarnings("unchecked")
    private List<Series> series(String chart) {
        Object raw = browser.executeScript(
                "const chart = window.echarts && echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "if (!chart) { return null; }"
                        + "return chart.getOption().series.map(s => ({id: String(s.id), name: String(s.name),"
                        + " values: s.data.map(d => (d === null || d === undefined) ? null"
                        + " : (typeof d === 'object' ? d.value : d))}));",
                "chart-" + chart);
        assertThat(raw).as("an ECharts instance in #chart-" + chart).isNotNull();
        List<Series> series = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) raw) {
            List<Double> values = new ArrayList<>();
            for (Object v : (List<Object>) s.get("values")) {
                values.add(v == null ? null : ((Number) v).doubleValue());
            }
            series.add(new Series((String) s.get("id"), (String) s.get("name"), values));
        }
        return series;
    }

    @SuppressWarnings("unchecked")
    private List<String> axis(String chart, String axis) {
        return (List<String>) browser.executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()[arguments[1]][0]"
                        + ".data.map(String);",
                "chart-" + chart,
                axis);
    }

    private static Series seriesById(List<Series> series, String id) {
        return series.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series " + id + " in " + series));
    }

    // ---------- console ----------

    private List<LogEntry> console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    private void assertNoConsoleErrors() {
        assertThat(console())
                .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .isEmpty();
    }

    /**
     * Chromium records every non-2xx answer itself, whatever the page does with it ("http://...
     * /api/v1/insights/forecast - Failed to load resource: the server responded with a status of
     * 404"); a page cannot silence that. Only those records, for the insights API and with this
     * status, may be there: nothing the page's own script logged or threw.
     */
    private void assertNoConsoleErrorsBut(int status) {
        assertThat(console())
                .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .allSatisfy(e -> assertThat(e.getMessage())
                        .startsWith(baseUrl() + "api/v1/insights/")
                        .contains("Failed to load resource: the server responded with a status of " + status));
    }

    record Series(String id, String name, List<Double> values) {

        double sum() {
            return this.values.stream()
                    .filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue)
                    .sum();
        }

        long present() {
            return this.values.stream().filter(Objects::nonNull).count();
        }
    }
}
