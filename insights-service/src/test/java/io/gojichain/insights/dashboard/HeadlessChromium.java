package io.gojichain.insights.dashboard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's {@code chromium} and {@code chromium-driver}, headless, with its console recorded, for the pages' browser
 * tests; and the sign-in every page of the dashboard asks for (docs/CONTRACT.md section 5), done through the page's
 * own panel. {@link #startOrSkip} skips the calling test class where either program is missing.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Generous: the machine is shared by parallel builds; nothing here measures speed. */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final ChromeDriverService service;

    private final ChromeDriver browser;

    private final Path profile;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver browser, Path profile) {
        this.service = service;
        this.browser = browser;
        this.profile = profile;
    }

    static HeadlessChromium startOrSkip(String language) throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipping the browser tests: " + CHROMIUM + " or " + CHROMEDRIVER + " is not installed"
                        + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        // never let Selenium Manager look for (or download) a browser or driver: use the system's
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
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
                "--lang=" + language);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(service, browser, profile);
    }

    ChromeDriver browser() {
        return this.browser;
    }

    /** What the console recorded since the last call. */
    List<LogEntry> console() {
        return this.browser.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The key the page keeps for this browser session, if signed in. */
    @Nullable
    String storedKey() {
        return (String) this.browser.executeScript("return sessionStorage.getItem('goji.analystKey');");
    }

    void signOutOfSession() {
        this.browser.executeScript("sessionStorage.clear();");
    }

    void awaitSignInPanel() {
        await().atMost(PATIENCE).until(() -> signInPanel().isDisplayed());
    }

    WebElement signInPanel() {
        return this.browser.findElement(By.id("sign-in"));
    }

    /** Types the key into the page's sign-in panel and submits it. */
    void signIn(String key) {
        WebElement field = this.browser.findElement(By.id("analyst-key"));
        field.clear();
        field.sendKeys(key);
        this.browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    @Override
    public void close() throws IOException {
        this.browser.quit();
        this.service.stop();
        try (Stream<Path> files = Files.walk(this.profile)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
